package io.brandcloud.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as people read them: the reader's language's separators, every decimal kept. */
public final class Decimals {

  private Decimals() {}

  /** A rate or quantity, e.g. {@code 1.234,5} in German for 1234.5. */
  public static String written(BigDecimal value, Locale language) {
    NumberFormat format = NumberFormat.getNumberInstance(language);
    format.setMaximumFractionDigits(Math.max(value.scale(), 0));
    return format.format(value);
  }
}
