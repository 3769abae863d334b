package io.brandcloud.provisioning.volumes.application;

import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeStatus;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A server's volumes as its owner sees them: whether volumes can be added to it ({@code offered}:
 * its provider has them and the tenant sells them, at {@code gbMonthPrice}), the volumes that
 * belong to it, and the organisation's detached volumes in its region it could take ({@code
 * attachable}).
 */
public record VolumesView(
    boolean offered, Money gbMonthPrice, List<Item> volumes, List<Item> attachable)
    implements Serializable {

  /** One volume, and what it costs a month at its hourly price. */
  public record Item(
      long id,
      String name,
      int sizeGb,
      VolumeStatus status,
      String region,
      Money hourly,
      Money monthly,
      Instant createdAt)
      implements Serializable {

    static Item of(Volume volume, Currency currency) {
      return new Item(
          volume.id(),
          volume.name(),
          volume.sizeGb(),
          volume.status(),
          volume.region(),
          new Money(volume.hourlyPrice(), currency),
          new Money(volume.hourlyPrice().multiply(HourlyRate.HOURS_PER_MONTH), currency),
          volume.createdAt());
    }

    public boolean attached() {
      return status == VolumeStatus.ATTACHED;
    }

    public boolean detached() {
      return status == VolumeStatus.DETACHED;
    }
  }
}
