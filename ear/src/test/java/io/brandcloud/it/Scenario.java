package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Story steps on a controllable clock: the time only moves when the scenario says so. */
@Dependent
public class Scenario {

  @Inject ApplicationClock clock;
  @EJB Servers servers;

  /**
   * A time in the coming month, so other tenants' servers have only a few weeks of hours to catch
   * up.
   */
  public static Instant nextMonthAt(String time) {
    return YearMonth.now(ZoneOffset.UTC)
        .plusMonths(1)
        .atDay(2)
        .atTime(LocalTime.parse(time))
        .toInstant(ZoneOffset.UTC);
  }

  /** Half an hour into the month after the one {@code moment} is in: its invoices are due. */
  public static Instant afterMonthOf(Instant moment) {
    return YearMonth.from(moment.atZone(ZoneOffset.UTC))
        .plusMonths(1)
        .atDay(1)
        .atTime(0, 30)
        .toInstant(ZoneOffset.UTC);
  }

  public void at(Instant now) {
    clock.use(Clock.fixed(now, ZoneOffset.UTC));
  }

  public void reset() {
    clock.useSystemClock();
  }

  /**
   * Orders a server at the current time, lets a minute pass and waits until the simulator reports
   * it running.
   */
  public long runningServer(Fixture fixture, long customerId, String hostname) {
    Instant ordered = clock.now();
    long id =
        fixture.as(
            () ->
                servers
                    .create(customerId, fixture.planId(), hostname, "sim-ams1", "debian-12")
                    .id());
    // the build starts in the background; only once the provider has it may the clock move past its
    // build time
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                !"PENDING"
                    .equals(fixture.as(() -> servers.ofOrganisation(customerId, id).status())));
    at(ordered.plusSeconds(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                "RUNNING"
                    .equals(fixture.as(() -> servers.ofOrganisation(customerId, id).status())));
    return id;
  }
}
