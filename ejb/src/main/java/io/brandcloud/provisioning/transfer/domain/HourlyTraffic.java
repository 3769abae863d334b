package io.brandcloud.provisioning.transfer.domain;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bytes a server received and sent in one whole hour, as its provider measured them. */
public record HourlyTraffic(Instant hour, long bytesIn, long bytesOut) {

  /**
   * The provider's samples between {@code from} and {@code to}, added up per whole hour; samples
   * outside, or in an hour that has not ended by {@code to}, are left for a later reading.
   */
  public static List<HourlyTraffic> of(ServerUsage usage, Instant from, Instant to) {
    Instant first = from.truncatedTo(ChronoUnit.HOURS);
    Instant end = to.truncatedTo(ChronoUnit.HOURS);
    Map<Instant, long[]> hours = new TreeMap<>();
    add(hours, usage.bytesIn(), first, end, 0);
    add(hours, usage.bytesOut(), first, end, 1);
    List<HourlyTraffic> traffic = new ArrayList<>();
    hours.forEach((hour, bytes) -> traffic.add(new HourlyTraffic(hour, bytes[0], bytes[1])));
    return traffic;
  }

  private static void add(
      Map<Instant, long[]> hours,
      List<ServerUsage.Sample> samples,
      Instant first,
      Instant end,
      int which) {
    for (ServerUsage.Sample sample : samples) {
      if (!sample.at().isBefore(first) && sample.at().isBefore(end) && sample.value() > 0) {
        hours.computeIfAbsent(sample.at().truncatedTo(ChronoUnit.HOURS), h -> new long[2])[which] +=
            sample.value();
      }
    }
  }
}
