package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Snapshots on the simulator: sold at the tenant's price per GB and month, taken, listed, restored
 * over the server, built a new server from and deleted through the action queue, and billed by the
 * hour from when each was taken until it was deleted (or its server was), on the month's invoice in
 * a line of their own.
 */
@ExtendWith(ArquillianExtension.class)
class SnapshotsIT {

  private static final Instant START = Instant.parse("2026-01-12T09:30:00Z");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;

  private Fixture shop;
  private SimulatorWork work;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("snap"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
    staff = tenants.staffLogin(shop);
    work = new SimulatorWork(scenario, tenants, shop, owner);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void snapshotsAreTakenRestoredAndDeletedAndBilledForTheHoursTheyExisted() {
    work.at(START);
    long server = scenario.runningServer(shop, shop.customerId(), "snap-1");
    work.at(START.plusSeconds(60));
    HttpResponse<String> notSold = act(server, "{\"type\":\"take_snapshot\"}");
    assertThat(notSold.statusCode()).as(notSold.body()).isEqualTo(409);
    assertThat(notSold.body()).contains("not sold");
    assertThat(staff.put(api("/admin/snapshot-price"), "{\"gbMonthPrice\":-1}").statusCode())
        .isEqualTo(400);
    assertThat(staff.put(api("/admin/snapshot-price"), "{\"gbMonthPrice\":0.001}").statusCode())
        .as("no more decimals than the currency has")
        .isEqualTo(400);
    // 7.30 per GB a month: a quarter of the plan's 25 GB disk costs 0.0625 an hour
    HttpResponse<String> priced =
        staff.put(api("/admin/snapshot-price"), "{\"gbMonthPrice\":7.30}");
    assertThat(priced.statusCode()).as(priced.body()).isEqualTo(200);
    assertThat(priced.body()).contains("\"amount\":\"7.3\"");

    String first = take(server);
    JsonObject listed = snapshots(server);
    assertThat(listed.getBoolean("offered")).isTrue();
    JsonObject kept = listed.getJsonArray("snapshots").getJsonObject(0);
    assertThat(kept.getString("name"))
        .as("named by the time it was taken")
        .startsWith("snap-1-20260112-");
    assertThat(kept.getJsonNumber("sizeGb").bigDecimalValue()).isEqualByComparingTo("6.25");
    assertThat(kept.getJsonObject("monthlyPrice").getString("amount")).isEqualTo("45.625");

    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    assertThat(charges()).as("09:00 to 12:00").hasSize(4).containsOnly("0.062500");

    work.at(START.plus(Duration.ofHours(3)));
    String second = take(server);
    assertThat(act(server, "{\"type\":\"restore_snapshot\"}").statusCode()).isEqualTo(400);
    assertThat(
            act(server, "{\"type\":\"restore_snapshot\",\"snapshotId\":\"sim-snap-0\"}")
                .statusCode())
        .isEqualTo(400);
    work.finish(server, act(server, restore(first)), START.plus(Duration.ofMinutes(182)));
    assertThat(tenants.simulatorColumn(shop, "restored_snapshot", server)).isEqualTo(first);
    work.finish(
        server,
        act(server, "{\"type\":\"delete_snapshot\",\"snapshotId\":\"" + first + "\"}"),
        START.plus(Duration.ofMinutes(183)));
    assertThat(snapshots(server).getJsonArray("snapshots"))
        .singleElement()
        .satisfies(s -> assertThat(s.asJsonObject().getString("id")).isEqualTo(second));
    assertThat(act(server, restore(first)).statusCode()).as("deleted").isEqualTo(400);
    long copy = buildFrom(second);
    assertThat(tenants.simulatorColumn(shop, "image", copy)).isEqualTo(second);
    assertThat(owner.get(api("/servers/" + copy)).body())
        .as("in its source's region, running its image")
        .contains("\"region\":\"sim-ams1\"", "\"image\":\"debian-12\"");

    Jobs.chargeUpTo(START.plus(Duration.ofHours(5)));
    assertThat(charges()).as("the first until 12:00, the second from 12:00 to 14:00").hasSize(7);
    work.at(START.plus(Duration.ofHours(5)));
    assertThat(shop.as(() -> wallets.serverThisMonth(shop.customerId(), server)).amount())
        .as("the server page's charges this month hold its snapshots'")
        .isEqualByComparingTo(serverCharges(server).add(new BigDecimal("0.4375")));
    assertThat(owner.delete(api("/servers/" + server)).statusCode()).isEqualTo(202);
    Jobs.chargeUpTo(START.plus(Duration.ofHours(8)));
    assertThat(charges()).as("billed no more with their server").hasSize(7);
    await("the provider deleted the snapshots with the server")
        .atMost(Duration.ofSeconds(30))
        .until(() -> simulatorSnapshots(server) == 0);

    assertThat(snapshotLedger()).hasSize(7).allMatch(d -> d.startsWith("An hour of the snapshot"));
    assertThat(shop.as(() -> wallets.ledgerSum(shop.customerId())).amount())
        .isEqualByComparingTo(balance());
    scenario.at(Scenario.afterMonthOf(START));
    Jobs.invoiceAsOf(Scenario.afterMonthOf(START));
    assertThat(invoiceLines())
        .contains("snap-1 (snapshots), 7 h 0.44")
        .anyMatch(line -> line.startsWith("snap-1 (Small)"));
  }

  /** A new server built from a snapshot, once the order's mistakes were refused. */
  private long buildFrom(String snapshot) {
    String order =
        "{\"planId\":" + shop.planId() + ",\"hostname\":\"snap-2\",\"snapshotId\":\"%s\"%s}";
    HttpResponse<String> both =
        owner.post(api("/servers"), order.formatted(snapshot, ",\"image\":\"debian-12\""));
    assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
    assertThat(both.body()).contains("snapshotId");
    HttpResponse<String> unknown =
        owner.post(api("/servers"), order.formatted("sim-snap-999999", ""));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    HttpResponse<String> ordered = owner.post(api("/servers"), order.formatted(snapshot, ""));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    long copy = Http.json(ordered.body()).getJsonNumber("id").longValue();
    await("the provider started the build")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !owner.get(api("/servers/" + copy)).body().contains("\"status\":\"pending\""));
    work.at(work.now().plusSeconds(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> owner.get(api("/servers/" + copy)).body().contains("\"status\":\"running\""));
    return copy;
  }

  private String take(long server) {
    HttpResponse<String> taken = act(server, "{\"type\":\"take_snapshot\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
    work.finish(server, taken, work.now().plusSeconds(60));
    List<JsonObject> kept =
        snapshots(server).getJsonArray("snapshots").getValuesAs(JsonObject.class);
    return kept.get(0).getString("id");
  }

  private static String restore(String snapshot) {
    return "{\"type\":\"restore_snapshot\",\"snapshotId\":\"" + snapshot + "\"}";
  }

  private HttpResponse<String> act(long server, String body) {
    return owner.post(api("/servers/" + server + "/actions"), body);
  }

  private JsonObject snapshots(long server) {
    return Http.json(owner.get(api("/servers/" + server + "/snapshots")).body());
  }

  private List<String> charges() {
    return strings("SELECT CAST(amount AS varchar) FROM snapshot_charges ORDER BY period_start");
  }

  private BigDecimal serverCharges(long server) {
    return shop.as(
        () ->
            (BigDecimal)
                tenants
                    .em()
                    .createNativeQuery("SELECT sum(amount) FROM usage_charges WHERE server_id = ?1")
                    .setParameter(1, server)
                    .getSingleResult());
  }

  private List<String> snapshotLedger() {
    return strings(
        "SELECT description FROM ledger_entries WHERE reference LIKE 'snapshot:%' ORDER BY id");
  }

  private List<String> invoiceLines() {
    return strings(
        "SELECT description || ' ' || CAST(amount AS varchar) FROM invoice_lines ORDER BY id");
  }

  private long simulatorSnapshots(long server) {
    return ((Number)
            shop.as(
                () ->
                    tenants
                        .em()
                        .createNativeQuery(
                            "SELECT count(*) FROM simulator_snapshots p JOIN servers s"
                                + " ON s.external_id = 'sim-' || p.server_id WHERE s.id = ?1")
                        .setParameter(1, server)
                        .getSingleResult()))
        .longValue();
  }

  private BigDecimal balance() {
    return tenants.balance(shop);
  }

  private List<String> strings(String query) {
    return tenants.strings(shop, query);
  }

  private String api(String path) {
    return shop.api(path);
  }
}
