package io.brandcloud.tenancy.health;

import java.time.Duration;

/** How a check that never takes the node down says how it is: {@code ok} or {@code degraded}. */
final class Degradation {

  static final String STATE = "state";
  static final String OK = "ok";
  static final String DEGRADED = "degraded";

  /** Work that has waited longer than this is a queue falling behind. */
  static final Duration LATE = Duration.ofMinutes(5);

  private Degradation() {}

  static String of(boolean degraded) {
    return degraded ? DEGRADED : OK;
  }
}
