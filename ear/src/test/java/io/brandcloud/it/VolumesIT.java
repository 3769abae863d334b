package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Volumes on the simulator: sold at the tenant's price per GB and month, created attached, grown,
 * detached, attached to another server of the region and deleted through the action queue, billed
 * by the hour at the price of their size from when the provider made them until their deletion (or
 * their server's), on the month's invoice in a line of their own.
 */
@ExtendWith(ArquillianExtension.class)
class VolumesIT {

  private static final Instant START = Instant.parse("2026-02-09T09:30:00Z");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;

  private Fixture shop;
  private SimulatorWork work;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("vol"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
    staff = tenants.staffLogin(shop);
    work = new SimulatorWork(scenario, tenants, shop, owner);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aVolumeIsCreatedGrownMovedAndDeletedAndBilledForTheHoursItExisted() {
    work.at(START);
    long first = scenario.runningServer(shop, shop.customerId(), "vol-1");
    long second = scenario.runningServer(shop, shop.customerId(), "vol-2");
    work.at(START.plusSeconds(60));
    HttpResponse<String> notSold = act(first, create("data", 10));
    assertThat(notSold.statusCode()).as(notSold.body()).isEqualTo(409);
    assertThat(notSold.body()).contains("not sold");
    assertThat(volumes(first).getBoolean("offered")).isFalse();
    assertThat(staff.put(api("/admin/volume-price"), "{\"gbMonthPrice\":-1}").statusCode())
        .isEqualTo(400);
    // 7.30 per GB a month: 10 GB cost 0.10 an hour, 20 GB 0.20
    HttpResponse<String> priced = staff.put(api("/admin/volume-price"), "{\"gbMonthPrice\":7.30}");
    assertThat(priced.statusCode()).as(priced.body()).isEqualTo(200);
    for (String bad :
        List.of(
            create("", 10),
            create("data", 5),
            create("data", 10241),
            create("a/b", 10),
            "{\"type\":\"create_volume\",\"volumeName\":\"data\"}")) {
      HttpResponse<String> refused = act(first, bad);
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }

    work.finish(first, act(first, create("data", 10)), START.plusSeconds(120));
    JsonObject data = only(volumes(first));
    long volume = data.getJsonNumber("id").longValue();
    assertThat(data.getString("status")).isEqualTo("attached");
    assertThat(data.getJsonObject("monthlyPrice").getString("amount")).isEqualTo("73");
    assertThat(simulatorVolume("server_id")).isEqualTo(simulatorId(first));
    assertThat(act(first, create("DATA", 10)).statusCode()).as("names are unique").isEqualTo(409);

    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    assertThat(charges()).as("09:00 to 12:00").hasSize(4).containsOnly("0.100000");

    work.at(START.plus(Duration.ofMinutes(190)));
    assertThat(act(first, resize(volume, 10)).statusCode()).as("never shrinks").isEqualTo(400);
    work.finish(first, act(first, resize(volume, 20)), START.plus(Duration.ofMinutes(191)));
    assertThat(only(volumes(first)).getInt("sizeGb")).isEqualTo(20);
    assertThat(simulatorVolume("size_gb")).isEqualTo(20L);
    work.finish(
        first, act(first, on("detach_volume", volume)), START.plus(Duration.ofMinutes(192)));
    assertThat(only(volumes(first)).getString("status")).isEqualTo("detached");
    assertThat(simulatorVolume("server_id")).isNull();
    assertThat(only(volumes(second), "attachable").getJsonNumber("id").longValue())
        .as("another server of the region may take it")
        .isEqualTo(volume);
    work.finish(
        second, act(second, on("attach_volume", volume)), START.plus(Duration.ofMinutes(193)));
    assertThat(volumes(first).getJsonArray("volumes")).isEmpty();
    assertThat(only(volumes(second)).getString("status")).isEqualTo("attached");
    assertThat(simulatorVolume("server_id")).isEqualTo(simulatorId(second));
    assertThat(act(first, on("delete_volume", volume)).statusCode())
        .as("no longer the first server's")
        .isEqualTo(404);

    Jobs.chargeUpTo(START.plus(Duration.ofHours(5)));
    assertThat(charges())
        .as("the 12:00 hour at 10 GB, from 13:00 at 20 GB")
        .containsExactly("0.100000", "0.100000", "0.100000", "0.100000", "0.200000", "0.200000");
    work.at(START.plus(Duration.ofMinutes(320)));
    work.finish(second, act(second, on("delete_volume", volume)), work.now().plusSeconds(1));
    assertThat(volumes(second).getJsonArray("volumes")).isEmpty();
    assertThat(simulatorVolumes()).isZero();

    work.finish(first, act(first, create("logs", 10)), START.plus(Duration.ofMinutes(330)));
    assertThat(owner.delete(api("/servers/" + first)).statusCode()).isEqualTo(202);
    await("the volume was deleted before its server")
        .atMost(Duration.ofSeconds(30))
        .until(() -> simulatorVolumes() == 0);
    Jobs.chargeUpTo(START.plus(Duration.ofHours(9)));
    assertThat(charges())
        .as("data until 14:00; logs, made at 14:50, until its server was deleted at 15:00")
        .hasSize(7);
    assertThat(volumeLedger()).hasSize(7).allMatch(d -> d.startsWith("An hour of the volume"));
    assertThat(shop.as(() -> wallets.ledgerSum(shop.customerId())).amount())
        .isEqualByComparingTo(balance());

    scenario.at(Scenario.afterMonthOf(START));
    Jobs.invoiceAsOf(Scenario.afterMonthOf(START));
    assertThat(invoiceLines())
        .as("a volume's hours go on the line of the server it belongs to last")
        .contains("vol-2 (volume data), 6 h 0.80", "vol-1 (volume logs), 1 h 0.10");
    assertThat(invoiceLinesIn(Locale.GERMAN))
        .as("as a German customer reads them")
        .contains("vol-2 (Volume data), 6 Std.", "vol-1 (Volume logs), 1 Std.");
  }

  @Test
  void anotherOrganisationsVolumeIsNotFound() {
    work.at(START);
    long server = scenario.runningServer(shop, shop.customerId(), "vol-3");
    staff.put(api("/admin/volume-price"), "{\"gbMonthPrice\":1}");
    work.at(START.plusSeconds(60));
    work.finish(server, act(server, create("mine", 10)), START.plusSeconds(120));
    long volume = only(volumes(server)).getJsonNumber("id").longValue();
    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("vol"), new BigDecimal("50.00"));
    long theirs = scenario.runningServer(other, other.customerId(), "vol-4");
    Http stranger = TestTenants.customerLogin(other);
    HttpResponse<String> attach =
        stranger.post(
            other.api("/servers/" + theirs + "/actions"),
            "{\"type\":\"attach_volume\",\"volumeId\":" + volume + "}");
    assertThat(attach.statusCode()).as(attach.body()).isEqualTo(404);
  }

  private static String create(String name, int sizeGb) {
    return "{\"type\":\"create_volume\",\"volumeName\":\"%s\",\"sizeGb\":%d}"
        .formatted(name, sizeGb);
  }

  private static String resize(long volume, int sizeGb) {
    return "{\"type\":\"resize_volume\",\"volumeId\":%d,\"sizeGb\":%d}".formatted(volume, sizeGb);
  }

  private static String on(String type, long volume) {
    return "{\"type\":\"%s\",\"volumeId\":%d}".formatted(type, volume);
  }

  private HttpResponse<String> act(long server, String body) {
    return owner.post(api("/servers/" + server + "/actions"), body);
  }

  private JsonObject volumes(long server) {
    HttpResponse<String> read = owner.get(api("/servers/" + server + "/volumes"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return Http.json(read.body());
  }

  private static JsonObject only(JsonObject volumes) {
    return only(volumes, "volumes");
  }

  private static JsonObject only(JsonObject volumes, String list) {
    assertThat(volumes.getJsonArray(list)).hasSize(1);
    return volumes.getJsonArray(list).getJsonObject(0);
  }

  private Object simulatorVolume(String column) {
    Object value =
        shop.as(
            () ->
                tenants
                    .em()
                    .createNativeQuery("SELECT " + column + " FROM simulator_volumes")
                    .getSingleResult());
    return value instanceof Number n ? n.longValue() : value;
  }

  private long simulatorId(long server) {
    return Long.parseLong(
        ((String)
                shop.as(
                    () ->
                        tenants
                            .em()
                            .createNativeQuery("SELECT external_id FROM servers WHERE id = ?1")
                            .setParameter(1, server)
                            .getSingleResult()))
            .substring("sim-".length()));
  }

  private long simulatorVolumes() {
    return ((Number)
            shop.as(
                () ->
                    tenants
                        .em()
                        .createNativeQuery("SELECT count(*) FROM simulator_volumes")
                        .getSingleResult()))
        .longValue();
  }

  private List<String> charges() {
    return strings("SELECT CAST(amount AS varchar) FROM volume_charges ORDER BY period_start, id");
  }

  private List<String> volumeLedger() {
    return strings(
        "SELECT description FROM ledger_entries WHERE reference LIKE 'volume:%' ORDER BY id");
  }

  private List<String> invoiceLines() {
    return strings(
        "SELECT description || ' ' || CAST(amount AS varchar) FROM invoice_lines ORDER BY id");
  }

  private List<String> invoiceLinesIn(Locale language) {
    return strings(
            "SELECT concat_ws(chr(9), description, coalesce(wording, ''),"
                + " coalesce(wording_values, '')) FROM invoice_lines ORDER BY id")
        .stream()
        .map(row -> row.split("\t", -1))
        .map(c -> LedgerText.stored(c[0], c[1].isEmpty() ? null : c[1], c[2]).in(language))
        .toList();
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
