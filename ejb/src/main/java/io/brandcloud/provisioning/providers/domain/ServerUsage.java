package io.brandcloud.provisioning.providers.domain;

import java.time.Instant;
import java.util.List;

/**
 * A server's use of CPU and network over a period, as the provider measured it: CPU in percent of
 * one core, traffic in bytes per sample interval. A series the provider does not measure is empty,
 * never made up.
 */
public record ServerUsage(List<Sample> cpuPercent, List<Sample> bytesIn, List<Sample> bytesOut) {

  /** One measurement. */
  public record Sample(Instant at, long value) {}

  public static ServerUsage none() {
    return new ServerUsage(List.of(), List.of(), List.of());
  }
}
