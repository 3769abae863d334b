package io.brandcloud.provisioning.providers.infrastructure;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * How fast the built-in simulator works: its builds take 3 to 8 seconds and its power, backup and
 * volume changes 1 to 5, as a small cloud's would, times {@code BRANDCLOUD_SIMULATOR_PACE} (default
 * 1; at least 0.01, at most 10). Test servers run it ten times as fast; whatever takes time still
 * takes some, so pages and the queue see the same steps.
 */
final class SimulatorPace {

  static final String VARIABLE = "BRANDCLOUD_SIMULATOR_PACE";
  private static final Duration LEAST = Duration.ofMillis(100);
  private static final Logger LOG = Logger.getLogger(SimulatorPace.class);
  private static final double FACTOR = factor(System.getenv(VARIABLE));

  private SimulatorPace() {}

  /** How long {@code work} takes at the configured pace. */
  static Duration of(Duration work) {
    return of(work, FACTOR);
  }

  static Duration of(Duration work, double factor) {
    if (work.isZero()) {
      return work;
    }
    Duration paced = Duration.ofMillis(Math.round(work.toMillis() * factor));
    return paced.compareTo(LEAST) < 0 ? LEAST : paced;
  }

  static double factor(String configured) {
    if (configured == null || configured.isBlank()) {
      return 1;
    }
    try {
      double factor = Double.parseDouble(configured.strip());
      if (factor >= 0.01 && factor <= 10) {
        return factor;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    LOG.warnf("%s=%s is no pace from 0.01 to 10; the simulator works at 1", VARIABLE, configured);
    return 1;
  }
}
