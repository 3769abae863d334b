package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the generator proposes it, everything rounded to the currency's minor unit: the
 * lines add up to the subtotal, the subtotal and the taxes to the total.
 */
public record ProposedInvoice(
    long organisationId,
    BillingParty billedTo,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<Line> lines,
    Money subtotal,
    TaxAssessment taxes,
    Money total,
    List<Payment> payments) {

  public ProposedInvoice {
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
  }

  public Money taxTotal() {
    return taxes.total(total.currency());
  }

  /** A top-up received in the period, rounded to the minor unit, as its ledger row says it. */
  public record Payment(LocalDate paidOn, LedgerText text, Money amount) {

    public Payment(LocalDate paidOn, String description, Money amount) {
      this(paidOn, LedgerText.asWritten(description), amount);
    }

    public String description() {
      return text.english();
    }
  }

  /** A line per server, term or charge: hours and the amount rounded to the minor unit. */
  public record Line(Long serverId, LedgerText text, int hours, Money amount) {

    public String description() {
      return text.english();
    }
  }
}
