package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Firewalls on the simulator: staff keep presets, a customer gives a server a preset's rules, then
 * rules of their own, then none, each through the action queue to the provider, with bad rules
 * refused before anything is queued; a server keeps its copy when the preset changes.
 */
@ExtendWith(ArquillianExtension.class)
class FirewallsIT {

  private static final Instant START = Instant.parse("2026-02-03T10:15:00Z");
  private static final String SSH =
      "{\"protocol\":\"tcp\",\"ports\":\"22\",\"sources\":[\"0.0.0.0/0\",\"::/0\"]}";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private Fixture shop;
  private SimulatorWork work;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("fw"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
    staff = tenants.staffLogin(shop);
    work = new SimulatorWork(scenario, tenants, shop, owner);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aServerTakesAPresetThenItsOwnRulesThenNoneThroughTheActionQueue() {
    work.at(START);
    long server = scenario.runningServer(shop, shop.customerId(), "fw-1");
    work.at(START.plusSeconds(60));
    long preset = presetsAreKeptByStaff();
    JsonObject none = firewall(server);
    assertThat(none.getBoolean("offered")).isTrue();
    assertThat(none.getJsonArray("rules")).isEmpty();

    work.finish(
        server, change(server, "{\"presetId\":" + preset + "}"), work.now().plusSeconds(60));
    assertThat(lines(server)).containsExactly("tcp 22 0.0.0.0/0,::/0");
    assertThat(tenants.simulatorColumn(shop, "firewall", server))
        .isEqualTo("tcp 22 0.0.0.0/0,::/0");
    HttpResponse<String> web =
        staff.put(
            api("/admin/firewall-presets/" + preset),
            "{\"name\":\"SSH only\",\"rules\":[{\"protocol\":\"tcp\",\"ports\":\"443\","
                + "\"sources\":[\"0.0.0.0/0\"]}]}");
    assertThat(web.statusCode()).as(web.body()).isEqualTo(200);
    assertThat(lines(server))
        .as("the server keeps its copy")
        .containsExactly("tcp 22 0.0.0.0/0,::/0");

    int queued = actions(server);
    refused(change(server, rules("{\"protocol\":\"tcp\",\"ports\":\"70000\",\"sources\":[]}")));
    refused(change(server, rules("{\"protocol\":\"tcp\",\"ports\":\"22\",\"sources\":[\"db\"]}")));
    refused(
        change(server, rules("{\"protocol\":\"icmp\",\"ports\":\"8\",\"sources\":[\"::/0\"]}")));
    refused(change(server, rules(SSH + "," + SSH)));
    refused(change(server, "{}"));
    refused(change(server, "{\"rules\":[],\"presetId\":" + preset + "}"));
    refused(act(server, "{\"type\":\"set_firewall\"}"));
    assertThat(change(server, "{\"presetId\":999999}").statusCode()).isEqualTo(404);
    assertThat(actions(server)).as("nothing queued for what was refused").isEqualTo(queued);

    work.finish(
        server,
        act(
            server,
            "{\"type\":\"set_firewall\",\"rules\":[{\"protocol\":\"tcp\",\"ports\":\"80-443\","
                + "\"sources\":[\"203.0.113.7\",\"2001:db8::/32\"]},"
                + "{\"protocol\":\"icmp\",\"sources\":[\"0.0.0.0/0\"]}]}"),
        work.now().plusSeconds(60));
    assertThat(tenants.simulatorColumn(shop, "firewall", server))
        .isEqualTo("tcp 80-443 203.0.113.7/32,2001:db8::/32\nicmp - 0.0.0.0/0");
    assertThat(lines(server))
        .containsExactly("tcp 80-443 203.0.113.7/32,2001:db8::/32", "icmp - 0.0.0.0/0");

    work.finish(server, change(server, "{\"rules\":[]}"), work.now().plusSeconds(60));
    assertThat(firewall(server).getJsonArray("rules")).isEmpty();
    assertThat(tenants.simulatorColumn(shop, "firewall", server)).isNull();
    assertThat(owner.get(api("/servers/" + server + "/actions")).body())
        .contains("\"type\":\"set_firewall\"");

    assertThat(staff.delete(api("/admin/firewall-presets/" + preset)).statusCode()).isEqualTo(204);
    assertThat(staff.delete(api("/admin/firewall-presets/" + preset)).statusCode()).isEqualTo(404);
    assertThat(owner.get(api("/firewall-presets")).body()).isEqualTo("[]");
  }

  @Test
  void aServerOrderedWithAPresetGetsItsRulesOnceBuilt() {
    work.at(START);
    HttpResponse<String> added =
        staff.post(api("/admin/firewall-presets"), "{\"name\":\"SSH\",\"rules\":[" + SSH + "]}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long preset = Http.json(added.body()).getJsonNumber("id").longValue();
    String order =
        "{\"planId\":"
            + shop.planId()
            + ",\"hostname\":\"fw-2\",\"region\":\"sim-ams1\",\"image\":\"debian-12\","
            + "\"firewallPresetId\":%d}";
    HttpResponse<String> unknown = owner.post(api("/servers"), order.formatted(999999));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(owner.get(api("/servers")).body()).as("nothing ordered").doesNotContain("fw-2");

    HttpResponse<String> ordered = owner.post(api("/servers"), order.formatted(preset));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    long server = Http.json(ordered.body()).getJsonNumber("id").longValue();
    await("the provider started the build")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> !owner.get(api("/servers/" + server)).body().contains("\"status\":\"pending\""));
    work.at(START.plusSeconds(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> owner.get(api("/servers/" + server)).body().contains("\"status\":\"running\""));
    Instant built = work.now();
    await("the preset's rules are at the provider")
        .atMost(Duration.ofSeconds(30))
        .until(() -> work.busyUntil(server).isAfter(built) || !lines(server).isEmpty());
    work.at(START.plusSeconds(120));
    await().atMost(Duration.ofSeconds(30)).until(() -> !lines(server).isEmpty());
    assertThat(lines(server)).containsExactly("tcp 22 0.0.0.0/0,::/0");
    assertThat(tenants.simulatorColumn(shop, "firewall", server))
        .isEqualTo("tcp 22 0.0.0.0/0,::/0");
  }

  /** Staff add a preset after their mistakes are refused; customers read it. */
  private long presetsAreKeptByStaff() {
    String presets = api("/admin/firewall-presets");
    refused(staff.post(presets, "{\"name\":\" \",\"rules\":[" + SSH + "]}"));
    refused(staff.post(presets, "{\"name\":\"Empty\",\"rules\":[]}"));
    refused(
        staff.post(
            presets,
            "{\"name\":\"Bad\",\"rules\":[{\"protocol\":\"tcp\",\"ports\":\"22\","
                + "\"sources\":[\"10.0.0.5/8\"]}]}"));
    assertThat(owner.post(presets, "{\"name\":\"Mine\",\"rules\":[" + SSH + "]}").statusCode())
        .as("customers keep no presets")
        .isEqualTo(403);
    HttpResponse<String> added =
        staff.post(presets, "{\"name\":\"SSH only\",\"rules\":[" + SSH + "]}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(staff.post(presets, "{\"name\":\"ssh ONLY\",\"rules\":[" + SSH + "]}").statusCode())
        .as("names are unique in any case")
        .isEqualTo(409);
    assertThat(owner.get(api("/firewall-presets")).body()).contains("\"name\":\"SSH only\"");
    return Http.json(added.body()).getJsonNumber("id").longValue();
  }

  private static String rules(String rules) {
    return "{\"rules\":[" + rules + "]}";
  }

  private static void refused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("invalid_input").doesNotContain("Exception");
  }

  private HttpResponse<String> change(long server, String body) {
    return owner.put(api("/servers/" + server + "/firewall"), body);
  }

  private HttpResponse<String> act(long server, String body) {
    return owner.post(api("/servers/" + server + "/actions"), body);
  }

  private JsonObject firewall(long server) {
    return Http.json(owner.get(api("/servers/" + server + "/firewall")).body());
  }

  private int actions(long server) {
    return Http.json(owner.get(api("/servers/" + server + "/actions")).body())
        .getJsonArray("data")
        .size();
  }

  private String api(String path) {
    return shop.api(path);
  }

  /** A rule as the API shows it, in one line: {@code tcp 22 0.0.0.0/0,::/0}. */
  private static String line(JsonObject rule) {
    return rule.getString("protocol")
        + " "
        + (!rule.containsKey("ports") || rule.isNull("ports") ? "-" : rule.getString("ports"))
        + " "
        + String.join(
            ",", rule.getJsonArray("sources").getValuesAs(jakarta.json.JsonString::getString));
  }

  private java.util.List<String> lines(long server) {
    return firewall(server).getJsonArray("rules").getValuesAs(JsonObject.class).stream()
        .map(FirewallsIT::line)
        .toList();
  }
}
