package io.brandcloud.support.mailin.application;

import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.support.mailin.domain.MailboxServer;
import io.brandcloud.support.mailin.domain.SupportMailbox;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository.ReadingLease;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The short transactions around reading the mailbox: taking it for one reading (one reader at a
 * time, across nodes and "read now"), its settings with the password opened, and what the reading
 * found. The reading itself holds no transaction.
 */
@Stateless
public class MailboxReadingSteps {

  private static final String PURPOSE = "support-mailbox";

  /** Longer than any reading: 50 mails at most, each IMAP step limited to 15 s. */
  static final Duration LEASE = Duration.ofMinutes(5);

  @Inject SupportMailboxRepository mailboxes;
  @Inject ApplicationClock clock;

  /** A mailbox taken for reading, with its password and its hold on the mailbox. */
  public record Reading(MailboxServer server, String password, ReadingLease lease) {}

  /**
   * The enabled mailbox, taken for one reading; nothing while someone else reads it. The lease is
   * taken first, so the settings read after it are those it holds.
   *
   * @throws BrandcloudException not found when no mailbox is enabled
   */
  public Optional<Reading> start() {
    Optional<ReadingLease> lease = mailboxes.startReading(LEASE);
    if (lease.isEmpty()) {
      if (mailboxes.current().filter(SupportMailbox::enabled).isEmpty()) {
        throw BrandcloudException.notFound("An enabled support mailbox");
      }
      return Optional.empty();
    }
    SupportMailbox mailbox = mailboxes.current().orElseThrow();
    return Optional.of(new Reading(mailbox.server(), open(mailbox.passwordSealed()), lease.get()));
  }

  public void finish(Reading reading, String error) {
    mailboxes.finishReading(reading.lease(), clock.now(), error);
  }

  static byte[] seal(String password) {
    return TenantSecrets.seal(password, PURPOSE);
  }

  private static String open(byte[] sealed) {
    return TenantSecrets.open(sealed, PURPOSE);
  }
}
