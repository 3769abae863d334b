package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the IT WildFly delivers to (GreenMail on the fork's {@link ItFork#smtpPort()}),
 * with the waits a test needs for mail the outbox sends after commit.
 */
public final class Mailbox implements AutoCloseable {

  /** Where the IT WildFly reads a support mailbox (IMAP without TLS, on loopback). */
  public static final int IMAP_PORT = ItFork.imapPort();

  private GreenMail smtp;

  private Mailbox() {}

  public static Mailbox start() {
    Mailbox mailbox = new Mailbox();
    mailbox.resume();
    return mailbox;
  }

  /** Stops accepting mail, as an SMTP server that is down. */
  public void pause() {
    smtp.stop();
  }

  /** Accepts mail again (an empty mailbox). */
  public void resume() {
    smtp =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(ItFork.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    smtp.start();
  }

  /** A mailbox that can be read over IMAP with {@code password}, its address as the login. */
  public void createMailbox(String email, String password) {
    smtp.setUser(email, email, password);
  }

  /** Puts {@code message} into the mailbox of {@code email}, unread, as if it arrived by SMTP. */
  public void deliver(String email, MimeMessage message) {
    smtp.getUserManager().getUserByEmail(email).deliver(message);
  }

  /** A new mail, ready to be written and delivered. */
  public MimeMessage newMail() {
    return new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
  }

  /** The first mail to {@code email} whose subject contains {@code subject}, headers and all. */
  public MimeMessage awaitMessage(String email, String subject) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> addressedTo(m, email) && subjectOf(m).contains(subject))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  public boolean receivedNothingFor(String address) {
    return smtp.getReceivedMessagesForDomain(address).length == 0;
  }

  /** The body of the first mail to {@code email} whose subject contains {@code subject}. */
  public String awaitMailTo(String email, String subject) {
    return awaitMailTo(email, subject, Duration.ofSeconds(30));
  }

  public String awaitMailTo(String email, String subject, Duration atMost) {
    return awaitMails(email, subject, 1, atMost).get(0);
  }

  public List<String> awaitMails(String email, String subject, int count) {
    return awaitMails(email, subject, count, Duration.ofSeconds(30));
  }

  /** Bodies with quoted-printable soft breaks undone, so links and codes can be matched. */
  public List<String> awaitMails(String email, String subject, int count, Duration atMost) {
    return await()
        .atMost(atMost)
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> addressedTo(m, email) && subjectOf(m).contains(subject))
                    .map(GreenMailUtil::getBody)
                    .map(b -> b.replace("=\r\n", "").replace("=3D", "="))
                    .toList(),
            mails -> mails.size() >= count);
  }

  /** The first group of {@code regex} in {@code text}; fails the test when it is not there. */
  public static String match(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as(regex + " in " + text).isTrue();
    return matcher.group(1);
  }

  private static boolean addressedTo(MimeMessage message, String email) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
