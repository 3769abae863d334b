package io.brandcloud.provisioning.addresses.application;

import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.provisioning.addresses.domain.AddressStatus;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A server's extra IPv4 addresses as its owner sees them: whether one can be added ({@code
 * offered}: its provider adds them and the tenant sells them, at {@code monthPrice}; {@code full}:
 * the server has the most it may), and those it has.
 */
public record AddressesView(boolean offered, boolean full, Money monthPrice, List<Item> addresses)
    implements Serializable {

  /** One address (none yet while it is being added) and what it costs a month. */
  public record Item(
      String address, AddressStatus status, Money hourly, Money monthly, Instant createdAt)
      implements Serializable {

    static Item of(ExtraAddress extra, Currency currency) {
      return new Item(
          extra.address(),
          extra.status(),
          new Money(extra.hourlyPrice(), currency),
          new Money(extra.hourlyPrice().multiply(HourlyRate.HOURS_PER_MONTH), currency),
          extra.createdAt());
    }

    public boolean active() {
      return status == AddressStatus.ACTIVE;
    }
  }
}
