package io.brandcloud.billing.vat.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.SellerProfiles;
import io.brandcloud.billing.vat.domain.TaxIdChecks;
import io.brandcloud.billing.vat.domain.TaxIdChecks.Due;
import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatNumbers;
import io.brandcloud.billing.vat.domain.VatRegister;
import io.brandcloud.outbox.WorkDue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The tax id checker's short transactions, each its own: checks are claimed with the seller's own
 * VAT number to ask on behalf of, and each answer is written back, while VIES is asked with none
 * open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaxIdCheckSteps {

  static final String QUEUE = "tax-id-checks";
  static final int BATCH = 10;

  /**
   * Longer than a batch can take: ten checks of two questions at most (with and without the
   * seller's number), each at most 30 s (connecting and answering).
   */
  private static final Duration LEASE = Duration.ofMinutes(12);

  /** A minute unless the operator says otherwise ({@code BRANDCLOUD_VIES_RETRY_SECONDS}). */
  private static final Duration FIRST_RETRY = Duration.ofSeconds(firstRetrySeconds());

  private static final Duration LONGEST_WAIT = Duration.ofHours(6);

  /** A month unless the operator says otherwise ({@code BRANDCLOUD_VIES_RECHECK_DAYS}). */
  static final Duration RECHECK_AFTER = Duration.ofDays(recheckDays());

  /** A day's share of a large shop: the rest waits for the next day. */
  static final int RECHECKS_PER_DAY = 1000;

  private static final Duration AFTER_A_FAILED_ROUND = Duration.ofMinutes(1);

  @Inject TaxIdChecks checks;
  @Inject SellerProfiles seller;
  @Inject AuditLog audit;
  @EJB WorkDue due;

  /** Checks due now, and the seller's own VAT number if its profile has a well-formed one. */
  public record Claimed(Optional<VatNumber> requester, List<Due> checks) {}

  static int firstRetrySeconds() {
    String configured = System.getenv("BRANDCLOUD_VIES_RETRY_SECONDS");
    try {
      return configured == null ? 60 : Math.max(1, Integer.parseInt(configured.strip()));
    } catch (NumberFormatException e) {
      return 60;
    }
  }

  static int recheckDays() {
    String configured = System.getenv("BRANDCLOUD_VIES_RECHECK_DAYS");
    try {
      return configured == null ? 30 : Math.max(1, Integer.parseInt(configured.strip()));
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  public Claimed claim(long observedVersion) {
    List<Due> claimed = checks.claim(BATCH, LEASE);
    due.reschedule(QUEUE, observedVersion, checks.nextDue().orElse(null));
    return new Claimed(VatNumbers.firstIn(seller.current().taxIds()), claimed);
  }

  public void answered(Due check, VatRegister.Answer answer) {
    if (!checks.answered(check.checkId(), answer)) {
      return;
    }
    audit.record(
        null,
        "organisation.tax-id-checked",
        "organisation " + check.organisationId(),
        check.number()
            + (answer.valid() ? " valid" : " not valid")
            + (answer.consultationNumber() == null
                ? ""
                : ", consultation " + answer.consultationNumber()));
  }

  /** VIES could not answer: asked again after a pause that doubles, six hours at most. */
  public void unavailable(Due check, String error) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(check.attempt() - 1, 20));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    checks.unavailable(check.checkId(), error, wait);
    due.flag(QUEUE, wait);
  }

  /**
   * Asks again about the numbers VIES confirmed longest ago, since a number can be deregistered;
   * how many.
   */
  public int recheck() {
    int asked = checks.recheck(RECHECK_AFTER, RECHECKS_PER_DAY);
    if (asked > 0) {
      due.flag(QUEUE, Duration.ZERO);
    }
    return asked;
  }

  /**
   * Flags the tenant's queue if a check waits, for checks written without a flag (by a changeset);
   * the round that takes the flag sets it to when the check is due.
   */
  public void flagIfWaiting() {
    if (checks.nextDue().isPresent()) {
      due.flag(QUEUE, Duration.ZERO);
    }
  }

  /** A round that failed before it asked anything waits a minute, and holds up no other tenant. */
  public void postpone(long observedVersion) {
    due.rescheduleIn(QUEUE, observedVersion, AFTER_A_FAILED_ROUND);
  }
}
