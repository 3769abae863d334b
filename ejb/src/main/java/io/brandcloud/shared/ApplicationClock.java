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

  private volatile Clock clock = Clock.systemUTC();

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
    this.clock = Clock.systemUTC();
  }
}
