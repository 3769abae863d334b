package io.brandcloud.retention.domain;

import java.time.Instant;
import java.util.List;

/**
 * The current tenant's retention policy and the deletes that apply it, each at most {@code limit}
 * rows at a time, so that a large tenant's first purge is many short transactions.
 */
public interface RetentionStore {

  RetentionPolicy policy();

  void save(RetentionPolicy policy);

  /** Files of tickets closed before the cut-off, with their contents. */
  int purgeAttachments(Instant closedBefore, int limit);

  /** Mail sent, failed or only kept locally before the cut-off; mail still waiting stays. */
  int purgeMails(Instant createdBefore, int limit);

  /** Notifications kept before the cut-off: they are the subjects of mail, kept as long. */
  int purgeNotifications(Instant createdBefore, int limit);

  /** Browser sessions last active before the cut-off. */
  int purgeLoginSessions(Instant lastSeenBefore, int limit);

  /** Audit entries before the cut-off. */
  int purgeAuditEntries(Instant occurredBefore, int limit);

  /**
   * Removes the name and address a closed organisation's invoices issued before then were billed
   * to; the invoices stay.
   */
  int forgetBilledTo(Instant issuedBefore, int limit);

  /** Fraud checks that let a sign-up or order through, kept as long as login records. */
  int purgeAllowedChecks(Instant createdBefore, int limit);

  /**
   * The archives of data exports downloaded, given up, or whose link ran out by {@code now} (those
   * are marked expired); the exports' records stay. Counts exports, not chunks.
   */
  int purgeDataExportArchives(Instant now, int limit);

  /** Customers whose login closed with their account before the cut-off, not yet erased. */
  List<Long> closedAccounts(Instant closedBefore, int limit);
}
