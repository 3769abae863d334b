package io.brandcloud.payments.infrastructure.stripe;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Amounts as Stripe counts them: whole minor units (cents), currencies in lower case. */
final class MinorUnits {

  private MinorUnits() {}

  static long of(Money money) {
    return money
        .amount()
        .movePointRight(digits(money.currency()))
        .setScale(0, java.math.RoundingMode.UNNECESSARY)
        .longValueExact();
  }

  static BigDecimal toAmount(long minor, String currency) {
    return BigDecimal.valueOf(minor).movePointLeft(digits(currency(currency)));
  }

  static Currency currency(String code) {
    return Currency.getInstance(code.toUpperCase(Locale.ROOT));
  }

  static String code(Currency currency) {
    return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
  }

  private static int digits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }
}
