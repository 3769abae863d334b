package io.brandcloud.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount in one currency. Amounts keep six decimal places (hourly prices are that fine); {@link
 * #roundedToMinorUnit()} is the one place where money is rounded for invoices and totals.
 */
public record Money(BigDecimal amount, Currency currency)
    implements Serializable, Comparable<Money> {

  public static final int SCALE = 6;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Prototypes of the currency formats in use, cloned for each use (a format is not shared). */
  private static final Map<FormatKey, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  private record FormatKey(Locale locale, Currency currency, int digits) {}

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(SCALE, ROUNDING);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currency));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Rounded half-up to the currency's minor unit (cents for EUR and USD, none for JPY). */
  public BigDecimal roundedToMinorUnit() {
    return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), ROUNDING);
  }

  /**
   * Cut down to the currency's minor unit: what of this amount can be paid out, never more than
   * there is.
   */
  public BigDecimal truncatedToMinorUnit() {
    return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.DOWN);
  }

  /** The amount as credits, 100 to one unit of the currency, for tenants that sell credits. */
  public String displayAsCredits() {
    return amount.movePointRight(2).stripTrailingZeros().toPlainString() + " credits";
  }

  /** For display: the minor-unit rounding followed by the currency code, e.g. {@code 12.34 EUR}. */
  public String display() {
    return roundedToMinorUnit().toPlainString() + " " + currency.getCurrencyCode();
  }

  /**
   * For people: rounded to the minor unit and written the way {@code locale} writes money, e.g.
   * {@code €1,234.50} in English and {@code 1.234,50 €} in German.
   */
  public String display(Locale locale) {
    return display(locale, Math.max(currency.getDefaultFractionDigits(), 0));
  }

  /**
   * Like {@link #display(Locale)}, with up to {@code fractionDigits} decimals (at least the minor
   * unit's), for prices finer than a cent such as an hourly rate.
   */
  public String display(Locale locale, int fractionDigits) {
    int minor = Math.max(currency.getDefaultFractionDigits(), 0);
    int digits = Math.max(minor, fractionDigits);
    // building a currency format looks up the locale's symbols every time; a clone does not
    NumberFormat format =
        (NumberFormat)
            FORMATS
                .computeIfAbsent(
                    new FormatKey(locale, currency, digits),
                    key -> {
                      NumberFormat made = NumberFormat.getCurrencyInstance(locale);
                      made.setCurrency(currency);
                      made.setMinimumFractionDigits(minor);
                      made.setMaximumFractionDigits(digits);
                      made.setRoundingMode(ROUNDING);
                      return made;
                    })
                .clone();
    return format.format(amount);
  }

  /** The amount as credits, written the way {@code locale} writes numbers. */
  public String displayAsCredits(Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(SCALE);
    return format.format(amount.movePointRight(2)) + " credits";
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + currency + " with " + other.currency + " amounts");
    }
    return other;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
