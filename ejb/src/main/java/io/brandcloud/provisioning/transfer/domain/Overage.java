package io.brandcloud.provisioning.transfer.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/** A month's transfer above its pool, and what it costs at {@code gbPrice} per GB. */
public record Overage(
    BigDecimal includedGb,
    BigDecimal usedGb,
    BigDecimal overGb,
    BigDecimal gbPrice,
    BigDecimal amount) {

  /**
   * What the month sent out above its pool at {@code gbPrice}, rounded to the {@code currency}'s
   * minor unit as the invoice line will be; empty when nothing went above, or it costs nothing.
   */
  public static Optional<Overage> of(TransferMonth month, BigDecimal gbPrice, Currency currency) {
    BigDecimal over = month.usedGb().subtract(month.includedGb());
    BigDecimal amount =
        over.multiply(gbPrice).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    if (over.signum() <= 0 || amount.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Overage(
            month.includedGb(), month.usedGb(), over, gbPrice, amount.setScale(Money.SCALE)));
  }
}
