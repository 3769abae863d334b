package io.brandcloud.mail;

import io.brandcloud.shared.AfterCommit;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Without an SMTP server, each mail is written as it would be sent, one {@code .eml} file per mail,
 * into a folder on the server's disk ({@code MAIL_DROP_DIR}, by default {@code mail-drop} in the
 * server's data directory), per tenant. The folder stands in for the recipients' mailboxes: it is
 * where the demo's verification codes and reset links are read, since the outbox shows them to
 * nobody but their recipient.
 */
@ApplicationScoped
public class LocalMailDrop {

  public static final String DIRECTORY_VARIABLE = "MAIL_DROP_DIR";
  private static final Logger LOG = Logger.getLogger(LocalMailDrop.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final FileAttribute<?> OWNER_ONLY_FOLDER =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
  private static final FileAttribute<?> OWNER_ONLY_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  @Resource TransactionSynchronizationRegistry transactions;

  /** Writes the mails once the transaction that queued them has committed. */
  void keepAfterCommit(List<OutgoingMail> mails) {
    Path folder = directory().resolve(CurrentTenant.require().slug());
    AfterCommit.run(transactions, () -> mails.forEach(mail -> write(folder, mail)));
  }

  /** Where the mails of every tenant are written. */
  public static Path directory() {
    String configured = System.getenv(DIRECTORY_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured.strip());
    }
    return Paths.get(System.getProperty("jboss.server.data.dir", "."), "mail-drop");
  }

  static void write(Path folder, OutgoingMail mail) {
    RenderedMessage sent =
        mail.recipientsCopy() != null
            ? mail.recipientsCopy()
            : new RenderedMessage(mail.subject(), mail.body());
    String name =
        STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
            + "-"
            + SEQUENCE.incrementAndGet()
            + "-"
            + mail.recipient().replaceAll("[^A-Za-z0-9@._-]", "_")
            + ".eml";
    try {
      Files.createDirectories(folder, OWNER_ONLY_FOLDER);
      // its links open accounts: readable by the server's own user only, as its database is
      Path file = Files.createFile(folder.resolve(name), OWNER_ONLY_FILE);
      Files.writeString(file, text(mail, sent), StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.warnf("Could not write a mail into %s: %s", folder, e.getMessage());
    }
  }

  private static String text(OutgoingMail mail, RenderedMessage sent) {
    StringBuilder text =
        new StringBuilder()
            .append("To: ")
            .append(mail.recipient())
            .append("\r\n")
            .append("Subject: ")
            .append(sent.subject())
            .append("\r\n");
    if (mail.replyTo() != null) {
      text.append("Reply-To: ").append(mail.replyTo()).append("\r\n");
    }
    return text.append("MIME-Version: 1.0\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
        .append(sent.body())
        .toString();
  }
}
