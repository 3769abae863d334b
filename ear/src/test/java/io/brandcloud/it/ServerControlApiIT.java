package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server control and provider connections over the REST API: actions are answered 202 and run
 * after, wrong input and a wrong state are clear 4xx, a storm of actions is refused with 429 and
 * Retry-After, a new root password is shown once, and staff connect a provider whose address and
 * token are checked (the token never shown again) and retire it.
 */
@ExtendWith(ArquillianExtension.class)
class ServerControlApiIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private Fixture shop;
  private Http customer;
  private Http staff;
  private String base;
  private long server;

  @BeforeEach
  void aCustomerWithARunningServer() {
    scenario.at(Scenario.nextMonthAt("09:00"));
    shop = tenants.withCustomer(TestTenants.uniqueSlug("api-control"), new BigDecimal("20.00"));
    server = scenario.runningServer(shop, shop.customerId(), "api-1");
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    base = "/t/" + shop.tenant().slug() + "/api/v1";
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void aPlanChangeIsRecordedByThePlansNameNotItsNumber() {
    long connection =
        Http.jsonArray(staff.get(base + "/admin/plans").body()).stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getJsonNumber("id").longValue() == shop.planId())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("connectionId")
            .longValue();
    HttpResponse<String> bigger =
        staff.post(
            base + "/admin/plans",
            "{\"connectionId\":%d,\"providerPlanCode\":\"sim-2\",\"name\":\"Bigger box\",\"markupPercent\":10}"
                .formatted(connection));
    assertThat(bigger.statusCode()).as(bigger.body()).isEqualTo(201);
    long plan = Http.json(bigger.body()).getJsonNumber("id").longValue();

    HttpResponse<String> asked = act("{\"type\":\"resize\",\"planId\":" + plan + "}");

    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(staff.get(base + "/admin/audit?action=server.resize").body())
        .contains("api-1 → Bigger box")
        .doesNotContain("→ " + plan);
  }

  @Test
  void wrongInputAndWrongStatesAreClearClientErrors() {
    assertError(act("{\"type\":\"explode\"}"), 400, "invalid_input", "type");
    assertError(
        act("{\"type\":\"rebuild\",\"image\":\"windows-3.1\"}"), 400, "invalid_input", "image");
    assertError(act("{\"type\":\"resize\"}"), 400, "invalid_input", "planId");
    assertError(
        act("{\"type\":\"rename\",\"hostname\":\"not a name\"}"), 400, "invalid_input", "hostname");
    assertError(act("{\"type\":\"start\"}"), 409, "server_state", null);
    for (String name : new String[] {"localhost", "mail..example.com", "-a.example.com", "a.123"}) {
      assertError(
          act("{\"type\":\"set_reverse_dns\",\"hostname\":\"" + name + "\"}"),
          400,
          "invalid_input",
          "hostname");
    }
    assertError(act("{\"type\":\"suspend\"}"), 403, "forbidden", null);
    assertError(
        customer.post(base + "/servers/" + server + "/actions", "{\"type\":\"reboot\",\"x\":1}"),
        400,
        "invalid_body",
        null);
  }

  @Test
  void reverseDnsIsSetThroughTheQueueAndShownOnTheServer() {
    HttpResponse<String> asked =
        act("{\"type\":\"set_reverse_dns\",\"hostname\":\"Mail.Example.com.\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long id = Http.json(asked.body()).getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "succeeded".equals(action(id).getString("status")));
    JsonObject shown = Http.json(customer.get(base + "/servers/" + server).body());
    assertThat(shown.getString("reverseDns")).isEqualTo("mail.example.com");
    assertThat(shown.getString("ipv6")).as("the simulator's IPv6 address").startsWith("2001:db8::");
    assertThat(tenants.simulatorColumn(shop, "reverse_dns", server))
        .as("the simulated provider was asked")
        .isEqualTo("mail.example.com");
  }

  @Test
  void aStormOfActionsIsRefusedWithRetryAfter() {
    for (int i = 1; i <= 10; i++) {
      HttpResponse<String> renamed = act("{\"type\":\"rename\",\"hostname\":\"api-" + i + "\"}");
      assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(202);
      long id = Http.json(renamed.body()).getJsonNumber("id").longValue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> "succeeded".equals(action(id).getString("status")));
    }
    HttpResponse<String> eleventh = act("{\"type\":\"rename\",\"hostname\":\"api-11\"}");
    assertError(eleventh, 429, "too_many_server_actions", null);
    assertThat(eleventh.headers().firstValue("Retry-After")).contains("60");
    assertThat(Http.json(customer.get(base + "/servers/" + server).body()).getString("hostname"))
        .isEqualTo("api-10");
  }

  @Test
  void theBuildsRootPasswordIsShownOnceAndADeletedServerTakesNoMoreActions() {
    JsonObject build =
        Http.json(customer.get(base + "/servers/" + server + "/actions").body())
            .getJsonArray("data")
            .getJsonObject(0);
    assertThat(build.getString("type")).isEqualTo("create");
    assertThat(build.getBoolean("passwordWaiting")).isTrue();
    String reveal = base + "/servers/" + server + "/actions/" + build.getInt("id") + "/password";
    HttpResponse<String> shown = customer.post(reveal, "");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(Http.json(shown.body()).getString("password")).hasSizeGreaterThan(20);
    assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(customer.post(reveal, "").statusCode()).isEqualTo(404);

    HttpResponse<String> deleted = customer.delete(base + "/servers/" + server);
    assertThat(deleted.statusCode()).isEqualTo(202);
    assertThat(Http.json(deleted.body()).getString("type")).isEqualTo("delete");
    assertThat(Http.json(customer.get(base + "/servers/" + server).body()).getString("status"))
        .isEqualTo("terminated");
    assertError(act("{\"type\":\"reboot\"}"), 404, "not_found", null);
  }

  @Test
  void plansUsageAndStaffActionsAreThere() {
    HttpResponse<String> plans = customer.get(base + "/plans");
    assertThat(plans.statusCode()).isEqualTo(200);
    assertThat(plans.body()).contains("\"regions\":[\"sim-ams1\"").contains("debian-12");
    HttpResponse<String> usage = customer.get(base + "/servers/" + server + "/usage?period=30d");
    assertThat(usage.statusCode()).isEqualTo(200);
    assertThat(Http.json(usage.body()).getJsonArray("cpuPercent")).isNotEmpty();
    assertError(
        customer.get(base + "/servers/" + server + "/usage?period=1y"),
        400,
        "invalid_input",
        "period");

    HttpResponse<String> suspended =
        staff.post(base + "/admin/servers/" + server + "/actions", "{\"type\":\"suspend\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(202);
    assertThat(Http.json(customer.get(base + "/servers/" + server).body()).getString("status"))
        .isEqualTo("suspended");
    assertThat(staff.get(base + "/admin/servers").body()).contains("\"hostname\":\"api-1\"");
  }

  @Test
  void staffConnectAProviderWhoseAddressAndTokenAreCheckedAndNeverShown() {
    String connections = base + "/admin/connections";
    assertError(
        staff.post(connections, "{\"name\":\"Linode\",\"type\":\"linode\"}"),
        400,
        "invalid_input",
        "token");
    assertError(
        staff.post(connections, "{\"name\":\"VF\",\"type\":\"virtfusion\",\"token\":\"t\"}"),
        400,
        "invalid_input",
        "apiUrl");
    assertError(
        staff.post(
            connections,
            "{\"name\":\"L\",\"type\":\"linode\",\"token\":\"t\",\"apiUrl\":\"ftp://x\"}"),
        400,
        "invalid_input",
        "apiUrl");

    HttpResponse<String> added =
        staff.post(
            connections,
            "{\"name\":\"Linode\",\"type\":\"linode\",\"apiUrl\":\"http://127.0.0.1:9\","
                + "\"token\":\"secret-linode-token\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).doesNotContain("secret-linode-token").contains("\"hasToken\":true");
    long id = Http.json(added.body()).getJsonNumber("id").longValue();

    HttpResponse<String> checked = staff.post(connections + "/" + id + "/check", "");
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(Http.json(checked.body()).getString("checkError"))
        .contains("could not reach the provider");
    assertError(staff.post(connections + "/" + id + "/sync", ""), 502, "provider_failed", null);
    assertThat(staff.get(connections).body()).doesNotContain("secret-linode-token");

    HttpResponse<String> retired = staff.put(connections + "/" + id, "{\"active\":false}");
    assertThat(Http.json(retired.body()).getBoolean("active")).isFalse();

    long simulator = simulatorId(connections);
    HttpResponse<String> withdrawn =
        staff.put(
            connections + "/" + simulator + "/catalog",
            "{\"kind\":\"image\",\"code\":\"rocky-9\",\"offered\":false}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(customer.get(base + "/plans").body()).doesNotContain("rocky-9");
    assertError(
        customer.post(
            base + "/servers",
            "{\"planId\":"
                + shop.planId()
                + ",\"hostname\":\"r-1\",\"region\":\"sim-ams1\",\"image\":\"rocky-9\"}"),
        400,
        "invalid_input",
        "image");
  }

  private long simulatorId(String connections) {
    return Http.jsonArray(staff.get(connections).body()).stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("type").equals("SIMULATOR"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private HttpResponse<String> act(String body) {
    return customer.post(base + "/servers/" + server + "/actions", body);
  }

  private JsonObject action(long id) {
    return Http.json(customer.get(base + "/servers/" + server + "/actions/" + id).body());
  }

  private static void assertError(
      HttpResponse<String> answer, int status, String code, String field) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonObject error = Http.json(answer.body()).getJsonObject("error");
    assertThat(error.getString("code")).as(answer.body()).isEqualTo(code);
    if (field != null) {
      assertThat(error.getJsonObject("details").getString("field")).isEqualTo(field);
    }
  }
}
