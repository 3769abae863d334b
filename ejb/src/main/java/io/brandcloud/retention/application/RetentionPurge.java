package io.brandcloud.retention.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.retention.domain.Purged;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntUnaryOperator;
import org.jboss.logging.Logger;

/**
 * The nightly purge of the current tenant: people whose account closed longer ago than the policy
 * keeps are erased, what it no longer keeps is deleted in short steps, and what was deleted is
 * counted in the audit log (after the audit entries themselves are purged, so the count is never
 * its own victim).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {

  static final String ACTOR = "retention";
  static final int STEP = 5_000;

  /** A night's share of erasures; what is left waits for the next. */
  static final int ACCOUNTS_PER_NIGHT = 1_000;

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

  @EJB RetentionSteps steps;
  @EJB Erasures erasures;
  @Inject ApplicationClock clock;

  public Purged purge() {
    CurrentCaller.requirePrivileged();
    RetentionPolicy policy = steps.policy();
    Instant now = clock.now();
    long erased = eraseClosedAccounts(before(now, policy.closedAccountDays()));
    Purged purged =
        new Purged(
            drain(limit -> steps.attachments(before(now, policy.attachmentDays()), limit)),
            drain(limit -> steps.mails(before(now, policy.mailDays()), limit)),
            drain(limit -> steps.notifications(before(now, policy.mailDays()), limit)),
            drain(limit -> steps.loginSessions(before(now, policy.loginDays()), limit)),
            drain(limit -> steps.auditEntries(before(now, policy.auditDays()), limit)),
            drain(limit -> steps.dataExportArchives(now, limit)),
            drain(limit -> steps.allowedChecks(before(now, policy.loginDays()), limit)),
            drain(limit -> steps.billedTo(yearsBefore(now, policy.billingYears()), limit)),
            erased);
    steps.record(purged);
    return purged;
  }

  /**
   * Erases, each in a transaction of its own, people whose account closed before the cut-off; one
   * that cannot be erased (something of theirs was opened again meanwhile) waits for the next night
   * and holds up no other.
   */
  private long eraseClosedAccounts(Instant closedBefore) {
    long erased = 0;
    for (long userId : steps.closedAccounts(closedBefore, ACCOUNTS_PER_NIGHT)) {
      try {
        erasures.eraseClosedAccount(userId);
        erased++;
      } catch (RuntimeException e) {
        LOG.warnf("Erasing closed account of user %d failed: %s", userId, Failures.describe(e));
      }
    }
    return erased;
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

  /**
   * The start of the year from which records are kept {@code years} full years: retention periods
   * for books run from the end of the calendar year of issue (§147 AO, §14b UStG).
   */
  private static Instant yearsBefore(Instant now, int years) {
    ZoneId zone = CurrentTenant.require().timeZone();
    return LocalDate.of(now.atZone(zone).getYear() - years, 1, 1).atStartOfDay(zone).toInstant();
  }
}
