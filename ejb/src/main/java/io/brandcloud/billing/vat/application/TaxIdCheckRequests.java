package io.brandcloud.billing.vat.application;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.TaxIdChecks;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatNumbers;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps an organisation's tax id check in step with its billing details, in the transaction that
 * changes them: a new or changed EU VAT number (or one VIES refused, entered again) is queued for
 * VIES, which is asked once the change commits; anything else needs no check.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TaxIdCheckRequests {

  @Inject TaxIdChecks checks;
  @EJB WorkDue due;
  @EJB TaxIdChecker checker;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * @param before the details as they were, read with the organisation locked
   * @param number the new tax id as a VAT number VIES keeps, if it is one
   */
  public void follow(
      long organisationId,
      BillingParty before,
      String country,
      String taxId,
      Optional<VatNumber> number) {
    if (number.isEmpty()) {
      if (before.taxIdStatus() != TaxIdStatus.UNCHECKED) {
        checks.forget(organisationId);
      }
      return;
    }
    // the same number written another way is the same number: what VIES said of it holds
    boolean sameNumber =
        Objects.equals(before.country(), country)
            && VatNumbers.parseIfWellFormed(before.country(), before.taxId()).equals(number);
    TaxIdStatus status = before.taxIdStatus();
    if (sameNumber && (status == TaxIdStatus.PENDING || status == TaxIdStatus.VALID)) {
      return;
    }
    checks.request(organisationId, taxId, number.get());
    due.flag(TaxIdCheckSteps.QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, checker::nudge);
  }

  public Optional<TaxIdCheck> latest(long organisationId) {
    return checks.latest(organisationId);
  }
}
