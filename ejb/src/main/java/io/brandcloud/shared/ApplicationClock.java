package io.brandcloud.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The time every business rule reads. Production runs on the system clock; scenario tests move it
 * forward an hour at a time instead of waiting, which is why it can be swapped.
 */
@ApplicationScoped
public class ApplicationClock {

  private static final Clock SYSTEM = Clock.systemUTC();

  private volatile Clock clock = SYSTEM;

  public Instant now() {
    return clock.instant();
  }

  public Clock clock() {
    return clock;
  }

  public void use(Clock newClock) {
    this.clock = newClock;
  }

  public void useSystemClock() {
    this.clock = SYSTEM;
  }

  /** Whether it reads the system clock, as it does everywhere but in scenario tests. */
  public boolean onSystemTime() {
    return clock == SYSTEM;
  }
}
