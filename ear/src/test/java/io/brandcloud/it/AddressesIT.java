package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Extra IPv4 addresses on the simulator: sold at the tenant's price per address and month, added
 * and released through the action queue (at most four a server), released with their server, billed
 * by the hour from when the provider gave each until its release was asked for, on the month's
 * invoice in a line of their own.
 */
@ExtendWith(ArquillianExtension.class)
class AddressesIT {

  private static final Instant START = Instant.parse("2026-03-09T09:30:00Z");
  private static final String ADD = "{\"type\":\"add_ipv4\"}";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;

  private Fixture shop;
  private SimulatorWork work;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("ip"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
    staff = tenants.staffLogin(shop);
    work = new SimulatorWork(scenario, tenants, shop, owner);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void addressesAreAddedUpToTheLimitReleasedAndBilledForTheHoursTheServerHadThem() {
    work.at(START);
    long server = scenario.runningServer(shop, shop.customerId(), "ip-1");
    assertThat(
            strings(
                "SELECT subject || ' ' || body FROM mail_outbox"
                    + " WHERE subject LIKE '%your server ip-1 is ready'"))
        .as("the owner is told where the new server is and how to log in")
        .singleElement()
        .asString()
        .containsPattern("running at \\d+\\.\\d+\\.\\d+\\.\\d+")
        .contains("SSH", "root", "/portal/server.xhtml?id=" + server);
    work.at(START.plusSeconds(60));
    HttpResponse<String> notSold = act(server, ADD);
    assertThat(notSold.statusCode()).as(notSold.body()).isEqualTo(409);
    assertThat(notSold.body()).contains("not sold");
    assertThat(addresses(server).getBoolean("offered")).isFalse();
    assertThat(staff.put(api("/admin/ipv4-price"), "{\"monthPrice\":-1}").statusCode())
        .isEqualTo(400);
    assertThat(staff.put(api("/admin/ipv4-price"), "{\"monthPrice\":1.001}").statusCode())
        .isEqualTo(400);
    // 7.30 a month: 0.01 an hour
    HttpResponse<String> priced = staff.put(api("/admin/ipv4-price"), "{\"monthPrice\":7.30}");
    assertThat(priced.statusCode()).as(priced.body()).isEqualTo(200);
    assertThat(addresses(server).getBoolean("offered")).isTrue();

    work.finish(server, act(server, ADD), START.plusSeconds(120));
    JsonObject first = only(addresses(server));
    String released = first.getString("address");
    assertThat(released).startsWith("203.0.113.");
    assertThat(first.getString("status")).isEqualTo("active");
    assertThat(first.getJsonObject("monthlyPrice").getString("amount")).isEqualTo("7.3");
    assertThat(simulatorAddresses()).containsExactly(released);
    for (int more = 1; more < 4; more++) {
      work.finish(server, act(server, ADD), START.plusSeconds(120 + 60 * more));
    }
    List<String> four = addressList(server);
    assertThat(four).hasSize(4).doesNotHaveDuplicates();
    assertThat(simulatorAddresses()).containsExactlyInAnyOrderElementsOf(four);
    assertThat(addresses(server).getBoolean("full")).isTrue();
    HttpResponse<String> fifth = act(server, ADD);
    assertThat(fifth.statusCode()).as(fifth.body()).isEqualTo(409);
    assertThat(fifth.body()).contains("at most 4");

    for (String bad : List.of("{\"type\":\"remove_ipv4\"}", remove(" "))) {
      HttpResponse<String> refused = act(server, bad);
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(act(server, remove("203.0.113.254")).statusCode())
        .as("not one of the server's")
        .isEqualTo(404);

    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    assertThat(charges()).as("four addresses, 09:00 to 12:00").hasSize(16).containsOnly("0.010000");

    work.at(START.plus(Duration.ofMinutes(190)));
    work.finish(server, act(server, remove(released)), START.plus(Duration.ofMinutes(191)));
    assertThat(addressList(server)).hasSize(3).doesNotContain(released);
    assertThat(simulatorAddresses()).hasSize(3).doesNotContain(released);
    assertThat(act(server, remove(released)).statusCode()).as("released already").isEqualTo(404);

    work.at(START.plus(Duration.ofMinutes(330)));
    assertThat(owner.delete(api("/servers/" + server)).statusCode()).isEqualTo(202);
    await("the addresses were released before their server was deleted")
        .atMost(Duration.ofSeconds(30))
        .until(() -> simulatorAddresses().isEmpty());
    Jobs.chargeUpTo(START.plus(Duration.ofHours(9)));
    assertThat(charges())
        .as("the released one until 12:00, the others until the server was deleted at 15:00")
        .hasSize(4 + 3 * 6);
    assertThat(addressLedger())
        .hasSize(22)
        .allMatch(d -> d.startsWith("An hour of the IPv4 address 203.0.113."));
    assertThat(shop.as(() -> wallets.ledgerSum(shop.customerId())).amount())
        .isEqualByComparingTo(balance());

    scenario.at(Scenario.afterMonthOf(START));
    Jobs.invoiceAsOf(Scenario.afterMonthOf(START));
    assertThat(invoiceLines())
        .as("each address has a line of its own")
        .contains("ip-1 (IPv4 address " + released + "), 4 h 0.04")
        .filteredOn(l -> l.startsWith("ip-1 (IPv4 address "))
        .hasSize(4);
  }

  @Test
  void anotherServersAddressIsNotFoundAndAProviderWithoutThemRefusesBeforeAnyCall() {
    work.at(START);
    long mine = scenario.runningServer(shop, shop.customerId(), "ip-2");
    long other = scenario.runningServer(shop, shop.customerId(), "ip-3");
    staff.put(api("/admin/ipv4-price"), "{\"monthPrice\":2}");
    work.at(START.plusSeconds(60));
    work.finish(mine, act(mine, ADD), START.plusSeconds(120));
    String address = only(addresses(mine)).getString("address");
    assertThat(act(other, remove(address)).statusCode())
        .as("the address of another server of the same organisation")
        .isEqualTo(404);
    Fixture stranger = tenants.withCustomer(TestTenants.uniqueSlug("ip"), new BigDecimal("50.00"));
    long theirs = scenario.runningServer(stranger, stranger.customerId(), "ip-4");
    HttpResponse<String> taken =
        TestTenants.customerLogin(stranger)
            .post(stranger.api("/servers/" + theirs + "/actions"), remove(address));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(404);
    assertThat(simulatorAddresses()).containsExactly(address);
  }

  @Test
  void addressesOrderedWithAServerAreAddedOnceItIsBuilt() {
    work.at(START);
    String order =
        "{\"planId\":"
            + shop.planId()
            + ",\"hostname\":\"ip-5\",\"region\":\"sim-ams1\",\"image\":\"debian-12\","
            + "\"extraIpv4\":%d}";
    HttpResponse<String> notSold = owner.post(api("/servers"), order.formatted(1));
    assertThat(notSold.statusCode()).as(notSold.body()).isEqualTo(409);
    staff.put(api("/admin/ipv4-price"), "{\"monthPrice\":7.30}");
    for (int bad : new int[] {-1, 5}) {
      HttpResponse<String> refused = owner.post(api("/servers"), order.formatted(bad));
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(owner.get(api("/servers")).body()).as("nothing ordered").doesNotContain("ip-5");

    HttpResponse<String> ordered = owner.post(api("/servers"), order.formatted(2));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    long server = Http.json(ordered.body()).getJsonNumber("id").longValue();
    await("built, then given both addresses")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              work.at(work.now().plusSeconds(5));
              return addressList(server).stream().filter(a -> a != null).count() == 2
                  && simulatorAddresses().size() == 2;
            });
    assertThat(addresses(server).getJsonArray("addresses"))
        .allMatch(a -> "active".equals(a.asJsonObject().getString("status")));
  }

  private static String remove(String address) {
    return "{\"type\":\"remove_ipv4\",\"address\":\"%s\"}".formatted(address);
  }

  private HttpResponse<String> act(long server, String body) {
    return owner.post(api("/servers/" + server + "/actions"), body);
  }

  private JsonObject addresses(long server) {
    HttpResponse<String> read = owner.get(api("/servers/" + server + "/addresses"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return Http.json(read.body());
  }

  private List<String> addressList(long server) {
    return addresses(server).getJsonArray("addresses").stream()
        .map(a -> a.asJsonObject().get("address"))
        .map(a -> a instanceof JsonString text ? text.getString() : null)
        .toList();
  }

  private static JsonObject only(JsonObject addresses) {
    assertThat(addresses.getJsonArray("addresses")).hasSize(1);
    return addresses.getJsonArray("addresses").getJsonObject(0);
  }

  private List<String> simulatorAddresses() {
    return strings("SELECT address FROM simulator_addresses ORDER BY id");
  }

  private List<String> charges() {
    return strings("SELECT CAST(amount AS varchar) FROM address_charges ORDER BY period_start, id");
  }

  private List<String> addressLedger() {
    return strings(
        "SELECT description FROM ledger_entries WHERE reference LIKE 'address:%' ORDER BY id");
  }

  private List<String> invoiceLines() {
    return strings(
        "SELECT description || ' ' || CAST(amount AS varchar) FROM invoice_lines ORDER BY id");
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
