package io.brandcloud.catalog.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.Locale;

/** How long a prepaid term of a product lasts; each cycle has its own price. */
public enum BillingCycle {
  MONTHLY(1),
  QUARTERLY(3),
  SEMI_ANNUAL(6),
  ANNUAL(12),
  BIENNIAL(24);

  private final int months;

  BillingCycle(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** As the API writes it, e.g. {@code semi_annual}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BillingCycle parse(String field, String value) {
    return Arrays.stream(values())
        .filter(c -> c.wireName().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    field,
                    field
                        + " is one of monthly, quarterly, semi_annual, annual, biennial, not "
                        + value));
  }
}
