package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.volumes.application.VolumesView;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A server's volumes on the wire: whether volumes can be added to it ({@code offered}: its provider
 * has them and they are sold, at {@code gbMonthPrice}), those that belong to it, and the
 * organisation's detached volumes in its region it can take ({@code attachable}).
 */
public record ApiVolumes(
    boolean offered, ApiMoney gbMonthPrice, List<ApiVolume> volumes, List<ApiVolume> attachable) {

  /**
   * One volume: its name, size, {@code status} (creating, attached, attaching, detached), region,
   * and what it costs an hour and a month.
   */
  public record ApiVolume(
      long id,
      String name,
      int sizeGb,
      String status,
      String region,
      ApiMoney hourlyPrice,
      ApiMoney monthlyPrice,
      Instant createdAt) {

    static ApiVolume of(VolumesView.Item v) {
      return new ApiVolume(
          v.id(),
          v.name(),
          v.sizeGb(),
          v.status().name().toLowerCase(Locale.ROOT),
          v.region(),
          ApiMoney.of(v.hourly()),
          ApiMoney.of(v.monthly()),
          v.createdAt());
    }
  }

  static ApiVolumes of(VolumesView view) {
    return new ApiVolumes(
        view.offered(),
        view.gbMonthPrice() == null ? null : ApiMoney.of(view.gbMonthPrice()),
        view.volumes().stream().map(ApiVolume::of).toList(),
        view.attachable().stream().map(ApiVolume::of).toList());
  }
}
