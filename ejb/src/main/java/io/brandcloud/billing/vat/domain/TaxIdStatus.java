package io.brandcloud.billing.vat.domain;

import java.util.Locale;

/** What is known of an organisation's tax id. */
public enum TaxIdStatus {
  /** Not an EU VAT number (or none): nothing to ask VIES. */
  UNCHECKED,
  /** Waiting for VIES, which may be down for hours: tax is charged meanwhile. */
  PENDING,
  /** VIES confirmed it: reverse charge may apply. */
  VALID,
  /** VIES says no such number is registered: tax is charged. */
  INVALID;

  /** The column's value; null is {@link #UNCHECKED}. */
  public static TaxIdStatus of(String column) {
    return column == null ? UNCHECKED : valueOf(column.strip());
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
