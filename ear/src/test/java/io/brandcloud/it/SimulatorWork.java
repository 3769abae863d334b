package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.SqlValues;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's work in a scenario with the application's clock held: the clock moves only when
 * told, and an action the simulator is busy with ends once the clock passes its end.
 */
final class SimulatorWork {

  private final Scenario scenario;
  private final TestTenants tenants;
  private final Fixture shop;
  private final Http owner;
  private Instant now;

  SimulatorWork(Scenario scenario, TestTenants tenants, Fixture shop, Http owner) {
    this.scenario = scenario;
    this.tenants = tenants;
    this.shop = shop;
    this.owner = owner;
  }

  /** Where the application's clock stands. */
  Instant now() {
    return now;
  }

  void at(Instant moment) {
    scenario.at(moment);
    now = moment;
  }

  /**
   * Lets the provider's work behind an action asked over the API finish by moving the clock to
   * {@code then}, once the provider is at work (before, its work would never end), and waits for
   * the action to succeed.
   */
  void finish(long server, HttpResponse<String> asked, Instant then) {
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long action = Http.json(asked.body()).getJsonNumber("id").longValue();
    Instant requested = now;
    await("accepted by the provider")
        .atMost(Duration.ofSeconds(30))
        .until(() -> succeeded(server, action) || busyUntil(server).isAfter(requested));
    at(then);
    await().atMost(Duration.ofSeconds(60)).until(() -> succeeded(server, action));
  }

  /** Until when the simulator is busy with the server's last change. */
  Instant busyUntil(long server) {
    Object until = tenants.simulatorColumn(shop, "busy_until", server);
    return until == null ? Instant.MIN : SqlValues.instant(until);
  }

  private boolean succeeded(long server, long action) {
    return owner
        .get(shop.api("/servers/" + server + "/actions/" + action))
        .body()
        .contains("\"status\":\"succeeded\"");
  }
}
