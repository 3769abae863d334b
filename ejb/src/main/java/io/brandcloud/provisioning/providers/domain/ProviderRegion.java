package io.brandcloud.provisioning.providers.domain;

import java.util.Locale;

/**
 * A data centre the provider builds servers in, and the country it lies in (ISO 3166-1 alpha-2,
 * upper case), where the provider says.
 */
public record ProviderRegion(String code, String name, String country) {

  public ProviderRegion {
    country =
        country == null || !country.strip().matches("[A-Za-z]{2}")
            ? null
            : country.strip().toUpperCase(Locale.ROOT);
  }

  /** A region whose provider names no country. */
  public ProviderRegion(String code, String name) {
    this(code, name, null);
  }
}
