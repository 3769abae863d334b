package io.brandcloud.retention.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.retention.domain.Purged;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

/**
 * The nightly purge of the current tenant: what its policy no longer keeps is deleted in short
 * steps, and what was deleted is counted in the audit log (after the audit entries themselves are
 * purged, so the count is never its own victim).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {

  static final String ACTOR = "retention";
  static final int STEP = 5_000;

  @EJB RetentionSteps steps;
  @Inject ApplicationClock clock;

  public Purged purge() {
    CurrentCaller.requirePrivileged();
    RetentionPolicy policy = steps.policy();
    Instant now = clock.now();
    Purged purged =
        new Purged(
            drain(limit -> steps.attachments(before(now, policy.attachmentDays()), limit)),
            drain(limit -> steps.mails(before(now, policy.mailDays()), limit)),
            drain(limit -> steps.loginSessions(before(now, policy.loginDays()), limit)),
            drain(limit -> steps.auditEntries(before(now, policy.auditDays()), limit)),
            drain(limit -> steps.dataExportArchives(now, limit)));
    steps.record(purged);
    return purged;
  }

  /** Runs a step until one deletes less than a full step's worth. */
  private static long drain(IntUnaryOperator step) {
    long total = 0;
    int deleted;
    do {
      deleted = step.applyAsInt(STEP);
      total += deleted;
    } while (deleted == STEP);
    return total;
  }

  private static Instant before(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
