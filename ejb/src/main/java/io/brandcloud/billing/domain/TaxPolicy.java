package io.brandcloud.billing.domain;

import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A tenant's tax rules applied to one customer's net amount. Pure. */
public final class TaxPolicy {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<TaxRule> rules;

  public TaxPolicy(List<TaxRule> rules) {
    this.rules =
        rules.stream()
            .sorted(Comparator.comparingInt(TaxRule::position).thenComparing(TaxRule::name))
            .toList();
  }

  /** Whether some tax of the country applies only in a region of it (a state, a province). */
  public boolean regional(String country) {
    return rules.stream().anyMatch(r -> r.country().equals(country) && r.region() != null);
  }

  public static TaxPolicy none() {
    return new TaxPolicy(List.of());
  }

  /**
   * Each tax is rounded to the minor unit on its own, so the printed taxes add up; a compound tax
   * is charged on the net amount plus the (rounded) taxes before it.
   */
  public TaxAssessment assess(BillingParty customer, Money net) {
    if (customer.taxExempt() && customer.hasTaxId()) {
      return TaxAssessment.none(
          TaxTreatment.EXEMPT, "Tax exempt customer, tax id " + customer.taxId());
    }
    List<TaxRule> applicable = rules.stream().filter(r -> r.appliesTo(customer)).toList();
    boolean reverseChargeRule = applicable.stream().anyMatch(TaxRule::reverseCharge);
    if (customer.taxIdConfirmed() && reverseChargeRule) {
      return TaxAssessment.none(
          TaxTreatment.REVERSE_CHARGE,
          "Reverse charge: the customer (tax id "
              + customer.taxId()
              + ") accounts for the tax on this supply");
    }
    List<TaxLine> lines = new ArrayList<>();
    Money taxesSoFar = Money.zero(net.currency());
    for (TaxRule rule : applicable) {
      Money base = rule.compound() ? net.plus(taxesSoFar) : net;
      Money tax =
          new Money(
              base.times(rule.ratePercent().divide(HUNDRED)).roundedToMinorUnit(), net.currency());
      lines.add(new TaxLine(rule.name(), rule.ratePercent(), rule.compound(), tax));
      taxesSoFar = taxesSoFar.plus(tax);
    }
    return new TaxAssessment(
        lines,
        lines.isEmpty() ? TaxTreatment.UNTAXED : TaxTreatment.TAXED,
        reverseChargeRule && customer.hasTaxId() && !lines.isEmpty()
            ? unconfirmed(customer)
            : null);
  }

  /** Why a customer with a VAT number still pays the tax: VIES has not confirmed the number. */
  private static String unconfirmed(BillingParty customer) {
    return "Tax charged: the VAT number "
        + customer.taxId()
        + (customer.taxIdStatus() == TaxIdStatus.INVALID
            ? " is not valid according to the EU's VIES"
            : " is not yet confirmed by the EU's VIES");
  }
}
