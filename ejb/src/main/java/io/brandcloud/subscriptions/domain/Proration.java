package io.brandcloud.subscriptions.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What part of a term a customer pays for when it ends early, to the day. The rule, documented for
 * customers and staff: the part held costs the term's price × days held ÷ days in the term, rounded
 * half-up to the currency's minor unit; the credit for the rest is the price less that. So what a
 * customer paid for a term, less its credit, is always exactly the rounded price of the time held.
 */
public final class Proration {

  private Proration() {}

  /** What the days of {@code term} before {@code day} cost at {@code price} for the whole term. */
  public static Money heldPart(Money price, Term term, LocalDate day) {
    // one rounding, of the exact quotient, straight to the minor unit
    BigDecimal held =
        price
            .amount()
            .multiply(BigDecimal.valueOf(term.daysUsedBefore(day)))
            .divide(
                BigDecimal.valueOf(term.days()),
                Math.max(price.currency().getDefaultFractionDigits(), 0),
                Money.ROUNDING);
    return new Money(held, price.currency());
  }

  /** What goes back for the days of {@code term} from {@code day} on, its price paid in full. */
  public static Money unusedCredit(Money price, Term term, LocalDate day) {
    return new Money(
        price.roundedToMinorUnit().subtract(heldPart(price, term, day).amount()), price.currency());
  }
}
