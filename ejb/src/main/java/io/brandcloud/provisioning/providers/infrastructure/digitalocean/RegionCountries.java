package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import java.util.Map;

/**
 * The country of a DigitalOcean region, which its API does not state: the region's slug begins with
 * its city (nyc3: New York), and DigitalOcean's data centres are in these cities.
 */
final class RegionCountries {

  private static final Map<String, String> BY_CITY =
      Map.ofEntries(
          Map.entry("nyc", "US"),
          Map.entry("sfo", "US"),
          Map.entry("atl", "US"),
          Map.entry("ric", "US"),
          Map.entry("tor", "CA"),
          Map.entry("lon", "GB"),
          Map.entry("ams", "NL"),
          Map.entry("fra", "DE"),
          Map.entry("sgp", "SG"),
          Map.entry("blr", "IN"),
          Map.entry("syd", "AU"));

  private RegionCountries() {}

  /** The region's country, or null for a city not listed here. */
  static String of(String slug) {
    return slug == null || slug.length() < 3 ? null : BY_CITY.get(slug.substring(0, 3));
  }
}
