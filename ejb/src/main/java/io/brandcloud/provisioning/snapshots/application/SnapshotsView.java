package io.brandcloud.provisioning.snapshots.application;

import io.brandcloud.provisioning.snapshots.domain.Snapshot;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A server's snapshots as its owner sees them: whether snapshots can be taken of it ({@code
 * offered}: its provider keeps them and the tenant sells them, at {@code gbMonthPrice}) and the
 * snapshots it has, newest first; {@code names} names every snapshot it ever had, for its history.
 */
public record SnapshotsView(
    boolean offered, Money gbMonthPrice, List<Item> snapshots, Map<String, String> names)
    implements Serializable {

  /** One snapshot: its size, and what it costs a month at its hourly price. */
  public record Item(String id, String name, Instant takenAt, BigDecimal sizeGb, Money monthly)
      implements Serializable {

    static Item of(Snapshot snapshot, java.util.Currency currency) {
      return new Item(
          snapshot.externalId(),
          snapshot.name(),
          snapshot.takenAt(),
          snapshot.sizeGb(),
          new Money(
              snapshot
                  .hourlyPrice()
                  .multiply(io.brandcloud.catalog.domain.HourlyRate.HOURS_PER_MONTH),
              currency));
    }
  }
}
