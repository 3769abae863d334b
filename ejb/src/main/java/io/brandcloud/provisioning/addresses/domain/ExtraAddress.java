package io.brandcloud.provisioning.addresses.domain;

import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A public IPv4 address a server has on top of its own: the address once the provider gave it, and
 * what it costs a month and an hour.
 */
public record ExtraAddress(
    long id,
    long organisationId,
    long serverId,
    String address,
    AddressStatus status,
    BigDecimal monthPrice,
    BigDecimal hourlyPrice,
    Instant createdAt) {

  /** What an address costs an hour at {@code monthPrice}, spread as plan prices are. */
  public static BigDecimal hourlyPrice(BigDecimal monthPrice) {
    return monthPrice.divide(HourlyRate.HOURS_PER_MONTH, Money.SCALE, Money.ROUNDING);
  }
}
