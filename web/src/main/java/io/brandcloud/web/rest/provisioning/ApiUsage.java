package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.servers.application.ServerUsageReadings.UsagePeriod;
import java.time.Instant;
import java.util.List;

/**
 * A server's usage on the wire: CPU in percent of one core and traffic in bytes per sample, each a
 * list of {@code {at, value}}; a series the provider does not measure is empty.
 */
public record ApiUsage(
    String period, List<Point> cpuPercent, List<Point> bytesIn, List<Point> bytesOut) {

  /** One measurement. */
  public record Point(Instant at, long value) {}

  static ApiUsage of(UsagePeriod period, ServerUsage usage) {
    return new ApiUsage(
        period == UsagePeriod.DAY ? "24h" : "30d",
        points(usage.cpuPercent()),
        points(usage.bytesIn()),
        points(usage.bytesOut()));
  }

  private static List<Point> points(List<ServerUsage.Sample> samples) {
    return samples.stream().map(s -> new Point(s.at(), s.value())).toList();
  }
}
