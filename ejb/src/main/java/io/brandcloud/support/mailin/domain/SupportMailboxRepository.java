package io.brandcloud.support.mailin.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The current tenant's support mailbox and the mail read from it. */
public interface SupportMailboxRepository {

  Optional<SupportMailbox> current();

  Optional<SupportMailbox> currentForUpdate();

  void add(SupportMailbox mailbox);

  void remove(SupportMailbox mailbox);

  /**
   * Takes the enabled mailbox for one reading of at most {@code lease}, unless someone else reads
   * it now; answers the lease, or nothing when it is busy, disabled or gone.
   */
  Optional<ReadingLease> startReading(Duration lease);

  /**
   * Ends the reading that holds {@code lease}; what it found is kept only while the settings are
   * those it read with.
   */
  void finishReading(ReadingLease lease, Instant at, String error);

  /** A reading's hold on the mailbox: until when, and the settings it read. */
  record ReadingLease(Instant until, Instant settingsAt) {}

  /**
   * Notes that the mail with {@code messageId} is being handled; false when it was handled before
   * (only a mail whose handling failed is handled again), so that each mail lands once.
   */
  boolean firstReading(String messageId, String sender, String subject, Instant at);

  /**
   * Notes that handling the mail failed; answers true once it has failed {@code maxAttempts} times,
   * when it is given up.
   */
  boolean failedReading(
      String messageId, String sender, String subject, Instant at, int maxAttempts);

  /** How many answers by mail from {@code sender} the ticket took since {@code since}. */
  long acceptedSince(long ticketId, String sender, Instant since);

  /** What became of the mail, once handled. */
  void outcome(String messageId, ReceivedMail.Outcome outcome, Long ticketId);

  Page<ReceivedMail> received(PageRequest page);

  /** Puts the tenant on the poller's list, due now; or takes it off. */
  void scheduleChecks(long tenantId, boolean on);
}
