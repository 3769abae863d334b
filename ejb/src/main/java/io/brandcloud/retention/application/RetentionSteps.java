package io.brandcloud.retention.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.retention.domain.Purged;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.retention.domain.RetentionStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The purge's steps, each in a transaction of its own: a few thousand rows at a time, so a large
 * tenant's purge neither holds locks long nor runs past the transaction timeout, and what one step
 * deleted stays deleted if a later one fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionSteps {

  @Inject RetentionStore store;
  @Inject AuditLog audit;

  public RetentionPolicy policy() {
    return store.policy();
  }

  public int attachments(Instant closedBefore, int limit) {
    return store.purgeAttachments(closedBefore, limit);
  }

  public int mails(Instant createdBefore, int limit) {
    return store.purgeMails(createdBefore, limit);
  }

  public int notifications(Instant createdBefore, int limit) {
    return store.purgeNotifications(createdBefore, limit);
  }

  public int loginSessions(Instant lastSeenBefore, int limit) {
    return store.purgeLoginSessions(lastSeenBefore, limit);
  }

  public int auditEntries(Instant occurredBefore, int limit) {
    return store.purgeAuditEntries(occurredBefore, limit);
  }

  public int billedTo(Instant issuedBefore, int limit) {
    return store.forgetBilledTo(issuedBefore, limit);
  }

  public int allowedChecks(Instant createdBefore, int limit) {
    return store.purgeAllowedChecks(createdBefore, limit);
  }

  public int dataExportArchives(Instant now, int limit) {
    return store.purgeDataExportArchives(now, limit);
  }

  public List<Long> closedAccounts(Instant closedBefore, int limit) {
    return store.closedAccounts(closedBefore, limit);
  }

  public void record(Purged purged) {
    audit.record(RetentionPurge.ACTOR, "retention.purged", "tenant", purged.describe());
  }
}
