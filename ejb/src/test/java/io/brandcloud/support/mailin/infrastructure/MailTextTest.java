package io.brandcloud.support.mailin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MailTextTest {

  private final Session session = Session.getInstance(new Properties());

  /**
   * The contract tests' schema validator brings javax.mail 1.6, whose mailcap names javax content
   * handlers; entries added here come first, so Jakarta Mail uses Angus Mail's as WildFly does.
   */
  @BeforeAll
  static void angusContentHandlers() {
    MailcapCommandMap handlers = new MailcapCommandMap();
    handlers.addMailcap(
        "text/plain;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_plain");
    handlers.addMailcap(
        "text/html;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_html");
    handlers.addMailcap(
        "multipart/*;; x-java-content-handler=org.eclipse.angus.mail.handlers.multipart_mixed");
    CommandMap.setDefaultCommandMap(handlers);
  }

  @Test
  void thePlainPartIsTakenBesideTheHtmlAndAttachmentsAreNotRead() throws Exception {
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part("<p>Hello <b>there</b></p>", "text/html; charset=UTF-8"));
    alternative.addBodyPart(part("Hello there", "text/plain; charset=UTF-8"));
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeBodyPart attached = part("secret log", "text/plain; charset=UTF-8");
    attached.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(attached);
    mixed.addBodyPart(body);
    MimeMessage message = new MimeMessage(session);
    message.setContent(mixed);
    message.saveChanges();

    assertThat(MailText.plainText(message)).isEqualTo("Hello there");
  }

  @Test
  void htmlOnlyMailKeepsItsWordsAndLines() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setContent(
        "<html><head><style>p{color:red}</style></head><body><p>Works &amp; fast</p>"
            + "<div>Second<br>third</div><script>alert(1)</script></body></html>",
        "text/html; charset=UTF-8");
    message.saveChanges();

    assertThat(MailText.plainText(message).strip()).isEqualTo("Works & fast\nSecond\nthird");
  }

  @Test
  void markupThatNeverClosesIsDroppedAndWordsAroundTagsStay() {
    assertThat(MailText.fromHtml("<style".repeat(50_000) + "<".repeat(200_000))).isEmpty();
    assertThat(MailText.fromHtml("<p>a" + "<b".repeat(100_000))).isEqualTo("a");
    assertThat(MailText.fromHtml("Hi <b>there</b> <style>x{}</style>you"))
        .isEqualTo("Hi there you");
  }

  @Test
  void aMailParsedFromItsBytesGivesItsPlainText() throws Exception {
    String raw =
        "From: buyer@shop.test\r\nTo: help@shop.test\r\nSubject: Re: x\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b1\r\n\r\n"
            + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Gr&uuml;&szlig;e</p>\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe, it works\r\n"
            + "--b1--\r\n";
    MimeMessage message =
        new MimeMessage(
            session,
            new java.io.ByteArrayInputStream(
                raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

    assertThat(MailText.plainText(message).strip()).isEqualTo("Grüße, it works");
  }

  private static MimeBodyPart part(String text, String type) throws Exception {
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(text, type);
    return part;
  }
}
