package io.brandcloud.provisioning.providers.infrastructure;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.ServerUsage.Sample;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's measurements: one sample an hour (every five minutes for a day or less), the same
 * for the same server and moment on every call, so graphs and tests are repeatable.
 */
final class SimulatedUsage {

  private static final int MAX_SAMPLES = 24 * 31;

  private SimulatedUsage() {}

  static ServerUsage between(String externalId, Instant from, Instant to) {
    Duration step =
        Duration.between(from, to).compareTo(Duration.ofDays(1)) <= 0
            ? Duration.ofMinutes(5)
            : Duration.ofHours(1);
    List<Sample> cpu = new ArrayList<>();
    List<Sample> in = new ArrayList<>();
    List<Sample> out = new ArrayList<>();
    Instant at = from.truncatedTo(ChronoUnit.MINUTES);
    while (!at.isAfter(to) && cpu.size() < MAX_SAMPLES) {
      long seed = Math.floorMod((externalId + at.getEpochSecond()).hashCode(), 1000);
      cpu.add(new Sample(at, 3 + seed % 45));
      in.add(new Sample(at, (40 + seed) * 1024 * step.toMinutes()));
      out.add(new Sample(at, (15 + seed / 3) * 1024 * step.toMinutes()));
      at = at.plus(step);
    }
    return new ServerUsage(cpu, in, out);
  }
}
