package io.brandcloud.provisioning.volumes.domain;

import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A block storage volume: the organisation's name for it, what its provider knows it by ({@code
 * providerName}, chosen before it was created, and {@code externalId} once it was), its size, where
 * it is and what it costs an hour.
 */
public record Volume(
    long id,
    long organisationId,
    long connectionId,
    String region,
    long serverId,
    String name,
    String providerName,
    String externalId,
    int sizeGb,
    VolumeStatus status,
    BigDecimal gbMonthPrice,
    BigDecimal hourlyPrice,
    Instant createdAt) {

  /** The smallest volume every provider here makes (Linode's least is 10 GB). */
  public static final int MIN_GB = 10;

  /** The largest every provider here makes: Linode's 10 TiB (DigitalOcean makes 16). */
  public static final int MAX_GB = 10_240;

  public static final int MAX_NAME = 40;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

  /** A name people know it by: letters, digits, spaces, dots, dashes and underscores. */
  public static String requireName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty()) {
      throw BrandcloudException.invalid("name", "name is required");
    }
    if (stripped.length() > MAX_NAME || !NAME.matcher(stripped).matches()) {
      throw BrandcloudException.invalid(
          "name",
          "name is at most "
              + MAX_NAME
              + " letters, digits, spaces, dots, dashes and underscores, starting with a letter or"
              + " digit");
    }
    return stripped;
  }

  /** A size in whole GB that every provider here makes. */
  public static int requireSize(Integer sizeGb) {
    if (sizeGb == null) {
      throw BrandcloudException.invalid("sizeGb", "sizeGb is required");
    }
    if (sizeGb < MIN_GB || sizeGb > MAX_GB) {
      throw BrandcloudException.invalid(
          "sizeGb", "sizeGb is from " + MIN_GB + " to " + MAX_GB + " (GB)");
    }
    return sizeGb;
  }

  /** What {@code sizeGb} costs an hour at {@code gbMonthPrice}, spread as plan prices are. */
  public static BigDecimal hourlyPrice(int sizeGb, BigDecimal gbMonthPrice) {
    return gbMonthPrice
        .multiply(BigDecimal.valueOf(sizeGb))
        .divide(HourlyRate.HOURS_PER_MONTH, Money.SCALE, Money.ROUNDING);
  }

  /** The new size it may grow to: more than it has, no more than the largest. */
  public int requireLarger(Integer sizeGb) {
    int size = requireSize(sizeGb);
    if (size <= this.sizeGb) {
      throw BrandcloudException.invalid(
          "sizeGb",
          "A volume only grows: "
              + name
              + " has "
              + this.sizeGb
              + " GB, so sizeGb is more than that");
    }
    return size;
  }
}
