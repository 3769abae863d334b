package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.snapshots.application.SnapshotsView;
import io.brandcloud.web.rest.ApiMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A server's snapshots on the wire: whether snapshots can be taken of it ({@code offered}: its
 * provider keeps them and they are sold, at {@code gbMonthPrice}), and those it has, newest first.
 */
public record ApiSnapshots(boolean offered, ApiMoney gbMonthPrice, List<ApiSnapshot> snapshots) {

  /** One snapshot: its id at the provider, name, when taken, size and what it costs a month. */
  public record ApiSnapshot(
      String id, String name, Instant takenAt, BigDecimal sizeGb, ApiMoney monthlyPrice) {}

  static ApiSnapshots of(SnapshotsView view) {
    return new ApiSnapshots(
        view.offered(),
        view.gbMonthPrice() == null ? null : ApiMoney.of(view.gbMonthPrice()),
        view.snapshots().stream()
            .map(
                s ->
                    new ApiSnapshot(
                        s.id(), s.name(), s.takenAt(), s.sizeGb(), ApiMoney.of(s.monthly())))
            .toList());
  }
}
