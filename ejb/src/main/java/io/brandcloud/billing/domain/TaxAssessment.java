package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.util.Currency;
import java.util.List;

/**
 * The taxes on a net amount, how the sale was treated, and the note an invoice prints when no tax
 * is charged on purpose.
 */
public record TaxAssessment(List<TaxLine> lines, TaxTreatment treatment, String note) {

  public TaxAssessment {
    lines = List.copyOf(lines);
  }

  static TaxAssessment none(TaxTreatment treatment, String note) {
    return new TaxAssessment(List.of(), treatment, note);
  }

  public Money total(Currency currency) {
    return lines.stream().map(TaxLine::amount).reduce(Money.zero(currency), Money::plus);
  }
}
