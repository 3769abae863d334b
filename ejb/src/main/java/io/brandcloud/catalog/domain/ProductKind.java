package io.brandcloud.catalog.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.Locale;

/** What a product is, besides the hourly servers the plans sell. */
public enum ProductKind {
  /** Fulfilled by staff: set-up work, a managed service. */
  SERVICE,
  /** Attached to a server or another product: an address, a licence for a control panel. */
  ADDON,
  /** A key delivered from a pool staff upload. */
  LICENCE,
  /** A cloud server on one of the plans, paid for by the term instead of by the hour. */
  SERVER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ProductKind parse(String field, String value) {
    return Arrays.stream(values())
        .filter(k -> k.wireName().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    field, field + " is one of service, addon, licence, server, not " + value));
  }
}
