package io.brandcloud.support.mailin.infrastructure;

import io.brandcloud.shared.OutboundAddresses;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.PinnedSocketFactory;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.support.mailin.domain.AutomaticMail;
import io.brandcloud.support.mailin.domain.InboundMail;
import io.brandcloud.support.mailin.domain.MailSecurity;
import io.brandcloud.support.mailin.domain.MailboxReader;
import io.brandcloud.support.mailin.domain.MailboxServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Reads the support mailbox with Jakarta Mail's IMAP provider: unread mail, oldest first, each
 * marked read only after the desk has kept it, so a crash in between reads it again (and the desk
 * knows it by its Message-ID).
 */
@ApplicationScoped
public class ImapMailboxReader implements MailboxReader {

  private static final Logger LOG = Logger.getLogger(ImapMailboxReader.class);
  private static final String TIMEOUT_MS = "15000";

  /** Whole subjects, so the reference at the end of a long "Re: AW: …" one is still read. */
  private static final int SUBJECT_MAX = 2000;

  @Override
  public int readUnread(
      MailboxServer server, String password, int max, Predicate<InboundMail> handler) {
    InetAddress address;
    try {
      address = OutboundAddresses.permitted(server.host());
    } catch (OutboundRefusal e) {
      throw new MailboxReader.MailboxUnavailable("The mail server " + e.getMessage(), null);
    }
    Session session = Session.getInstance(properties(server, address));
    String protocol = server.security() == MailSecurity.SSL ? "imaps" : "imap";
    try (Store store = session.getStore(protocol)) {
      store.connect(server.host(), server.port(), server.username(), password);
      Folder folder = store.getFolder(server.folder());
      if (!folder.exists()) {
        throw new MailboxReader.MailboxUnavailable(
            "The folder " + server.folder() + " does not exist", null);
      }
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        Message[] batch =
            Arrays.stream(unread)
                .sorted(Comparator.comparingInt(Message::getMessageNumber))
                .limit(max)
                .toArray(Message[]::new);
        for (Message message : batch) {
          handOver(message, handler);
        }
        return batch.length;
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      LOG.debugf(e, "Reading %s at %s failed", server.username(), server.host());
      throw new MailboxReader.MailboxUnavailable(words(e), e);
    }
  }

  /**
   * One mail: a mail that cannot be read or marked is left unread and the next one is read, so one
   * broken mail never holds up the others.
   */
  private static void handOver(Message message, Predicate<InboundMail> handler) {
    try {
      if (handler.test(read(message))) {
        message.setFlag(Flags.Flag.SEEN, true);
      }
    } catch (MessagingException | RuntimeException e) {
      if (e instanceof jakarta.mail.FolderClosedException
          || e instanceof jakarta.mail.StoreClosedException) {
        throw new MailboxReader.MailboxUnavailable("The connection to the mail server was lost", e);
      }
      LOG.warnf(e, "Mail number %d stays unread", message.getMessageNumber());
    }
  }

  /**
   * The mail as the desk keeps it. Its headers and text come from anyone, so characters the
   * database cannot hold are written out ({@code [U+0000]}) rather than failing the mail on every
   * reading; a text that cannot be decoded is read as empty.
   */
  private static InboundMail read(Message message) throws MessagingException {
    String sender = line(sender(message.getFrom()), 320);
    String subject = line(message.getSubject(), SUBJECT_MAX);
    String text = PlainText.escapeForbidden(textOf(message), true);
    String[] ids = message.getHeader("Message-ID");
    String messageId =
        ids != null && ids.length > 0 && !ids[0].isBlank()
            ? line(ids[0].strip(), 998)
            : "<sha256." + SecretTokens.sha256(sender + "\n" + subject + "\n" + text) + ">";
    boolean automatic =
        AutomaticMail.is(
            sender,
            name -> {
              try {
                String[] values = message.getHeader(name);
                return values == null || values.length == 0 ? null : values[0];
              } catch (MessagingException e) {
                return null;
              }
            });
    return new InboundMail(messageId, sender, subject, text, automatic);
  }

  private static String textOf(Message message) {
    try {
      return MailText.plainText(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.debugf(e, "The text of a mail cannot be read");
      return "";
    }
  }

  private static String line(String value, int max) {
    return value == null ? null : PlainText.cut(PlainText.escapeForbidden(value, false), max);
  }

  private static String sender(Address[] from) {
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
      return null;
    }
    return address.getAddress() == null ? null : address.getAddress().toLowerCase(Locale.ROOT);
  }

  private static Properties properties(MailboxServer server, InetAddress address) {
    String prefix = server.security() == MailSecurity.SSL ? "mail.imaps." : "mail.imap.";
    Properties properties = new Properties();
    // the address checked, never a second lookup; TLS still names and checks the host
    properties.put(prefix + "socketFactory", new PinnedSocketFactory(address));
    properties.put(prefix + "socketFactory.fallback", "false");
    properties.put(prefix + "connectiontimeout", TIMEOUT_MS);
    properties.put(prefix + "timeout", TIMEOUT_MS);
    properties.put(prefix + "writetimeout", TIMEOUT_MS);
    // reading a mail must not mark it read: that happens once the desk has kept it
    properties.put(prefix + "peek", "true");
    if (server.security() != MailSecurity.NONE) {
      properties.put(prefix + "ssl.checkserveridentity", "true");
    }
    if (server.security() == MailSecurity.STARTTLS) {
      properties.put(prefix + "starttls.enable", "true");
      properties.put(prefix + "starttls.required", "true");
    }
    return properties;
  }

  /**
   * What went wrong, without the stack: the server's words once a server answered; a connection
   * that could not be made reads the same whatever the cause, so nobody learns which ports are
   * open.
   */
  private static String words(MessagingException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof java.io.IOException) {
        return UNREACHABLE;
      }
      cause = cause.getCause();
    }
    if (cause instanceof java.io.IOException) {
      return UNREACHABLE;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 900 ? message.substring(0, 900) : message;
  }

  static final String UNREACHABLE = "Could not reach the mail server";
}
