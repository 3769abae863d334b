package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance mode as visitors, customers, staff, gateways and operators meet it: a closed portal
 * shows its branded page with the admins' words, its API answers 503 with Retry-After and the error
 * model, while the login page, the staff's area and API and webhooks stay open; a bypass link lets
 * its holder in; operators close every portal at once.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceModeIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB UserAccounts accounts;

  private Fixture shop;
  private Http customer;
  private Http staff;
  private Http operator;
  private String portal;

  @BeforeEach
  void aShop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("maint"), new BigDecimal("5.00"));
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    operator = http.as("operator@brandcloud.local", "it-operator-password");
    portal = "t/" + shop.tenant().slug();
  }

  @AfterEach
  void everythingOpensAgain() {
    scenario.reset();
    operator.put("api/platform/v1/maintenance", "{\"enabled\":false}");
  }

  @Test
  void aClosedPortalTurnsCustomersAwayButKeepsStaffAndGatewaysIn() {
    Instant endsAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> on =
        staff.put(
            portal + "/api/v1/admin/maintenance",
            "{\"enabled\":true,\"message\":\"Moving to new hardware\",\"endsAt\":\""
                + endsAt
                + "\"}");
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    assertThat(Http.json(on.body()).getBoolean("enabled")).isTrue();

    HttpResponse<String> api = customer.get(portal + "/api/v1/servers");
    assertThat(api.statusCode()).isEqualTo(503);
    long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(7000L, 7200L);
    JsonObject error = Http.json(api.body()).getJsonObject("error");
    assertThat(error.getString("code")).isEqualTo("maintenance");
    assertThat(error.getJsonObject("details").getString("endsAt")).isEqualTo(endsAt.toString());

    HttpResponse<String> page = new Http(Http.localServer()).get(portal + "/index.xhtml");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("Down for maintenance").contains("Moving to new hardware");
    assertThat(new Http(Http.localServer()).get(portal + "/login.xhtml").statusCode())
        .isEqualTo(200);
    assertThat(new Http(Http.localServer()).get(portal + "/status.xhtml").statusCode())
        .as("the status page tells customers what is going on")
        .isEqualTo(200);
    assertThat(new Http(Http.localServer()).get(portal + "/api/v1/status").statusCode())
        .isEqualTo(200);
    assertThat(new Http(Http.localServer()).get(portal + "/help.xhtml").statusCode())
        .isEqualTo(503);
    assertThat(staff.get(portal + "/api/v1/admin/customers").statusCode()).isEqualTo(200);
    assertThat(staff.get(portal + "/api/v1/me").statusCode()).isEqualTo(200);
    assertThat(staff.post(portal + "/api/v1/push/tickets", "").statusCode()).isEqualTo(201);
    for (String loginPage : List.of("/two-factor.xhtml", "/new-password.xhtml", "/account.xhtml")) {
      assertThat(new Http(Http.localServer()).get(portal + loginPage).statusCode())
          .as(loginPage + " is how staff log in")
          .isNotEqualTo(503);
    }
    assertThat(
            new Http(Http.localServer())
                .post(portal + "/api/v1/webhooks/test", "{\"id\":\"evt_1\"}")
                .statusCode())
        .as("webhooks are still taken (this tenant has no test gateway, so 404, not 503)")
        .isNotEqualTo(503);

    HttpResponse<String> off =
        staff.put(portal + "/api/v1/admin/maintenance", "{\"enabled\":false}");
    assertThat(Http.json(off.body()).getBoolean("enabled")).isFalse();
    assertThat(customer.get(portal + "/api/v1/servers").statusCode()).isEqualTo(200);
  }

  @Test
  void aBypassLinkLetsItsHolderInAndAWrongOneDoesNot() {
    staff.put(portal + "/api/v1/admin/maintenance", "{\"enabled\":true}");
    HttpResponse<String> created =
        staff.post(
            portal + "/api/v1/admin/maintenance/bypasses",
            "{\"name\":\"QA team\",\"validHours\":2}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject bypass = Http.json(created.body());
    String token = bypass.getString("token");
    assertThat(bypass.getString("link")).endsWith("/maintenance-bypass?token=" + token);
    assertThat(staff.get(portal + "/api/v1/admin/maintenance/bypasses").body())
        .contains("QA team")
        .doesNotContain(token);

    Http tester = new Http(Http.localServer());
    HttpResponse<String> wrong = tester.get(portal + "/maintenance-bypass?token=bcm_wrong");
    assertThat(wrong.statusCode()).isEqualTo(404);
    HttpResponse<String> traded = tester.get(portal + "/maintenance-bypass?token=" + token);
    assertThat(traded.statusCode()).isEqualTo(302);
    assertThat(traded.headers().firstValue("Set-Cookie").orElse(""))
        .contains("HttpOnly")
        .containsIgnoringCase("path=/" + portal + "/");
    assertThat(tester.get(portal + "/index.xhtml").statusCode()).isEqualTo(200);

    long id = bypass.getJsonObject("bypass").getJsonNumber("id").longValue();
    assertThat(staff.delete(portal + "/api/v1/admin/maintenance/bypasses/" + id).statusCode())
        .isEqualTo(204);
    assertThat(tester.get(portal + "/index.xhtml").statusCode()).isEqualTo(503);
  }

  @Test
  void maintenanceEndsByItselfAtItsEnd() {
    Instant endsAt = Instant.now().plus(1, ChronoUnit.HOURS);
    staff.put(
        portal + "/api/v1/admin/maintenance", "{\"enabled\":true,\"endsAt\":\"" + endsAt + "\"}");
    assertThat(customer.get(portal + "/api/v1/servers").statusCode()).isEqualTo(503);
    scenario.at(endsAt.plusSeconds(1));
    assertThat(customer.get(portal + "/api/v1/servers").statusCode()).isEqualTo(200);
  }

  @Test
  void aTenantsBypassDoesNotOpenWhatOperatorsClosed() {
    String token =
        Http.json(
                staff
                    .post(portal + "/api/v1/admin/maintenance/bypasses", "{\"name\":\"Own\"}")
                    .body())
            .getString("token");
    Http tester = new Http(Http.localServer());
    assertThat(tester.get(portal + "/maintenance-bypass?token=" + token).statusCode())
        .as("the portal's own cookie, taken while only the portal could close")
        .isEqualTo(302);
    operator.put("api/platform/v1/maintenance", "{\"enabled\":true}");
    assertThat(tester.get(portal + "/index.xhtml").statusCode()).isEqualTo(503);
    assertThat(tester.get(portal + "/maintenance-bypass?token=" + token).statusCode())
        .isEqualTo(404);
    HttpResponse<String> platformBypass =
        operator.post("api/platform/v1/maintenance/bypasses", "{\"name\":\"Ops\"}");
    assertThat(platformBypass.statusCode()).as(platformBypass.body()).isEqualTo(201);
    String opsToken = Http.json(platformBypass.body()).getString("token");
    HttpResponse<String> traded = tester.get(portal + "/maintenance-bypass?token=" + opsToken);
    assertThat(traded.statusCode()).isEqualTo(302);
    assertThat(traded.headers().firstValue("Set-Cookie").orElse(""))
        .as("the platform's bypass is for every portal on the host")
        .containsPattern("(?i)path=/(;|$)");
    assertThat(tester.get(portal + "/index.xhtml").statusCode())
        .as("the platform's cookie counts beside the portal's, which the browser sends first")
        .isEqualTo(200);
    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("maint-b"), BigDecimal.ZERO);
    assertThat(tester.get("t/" + other.tenant().slug() + "/index.xhtml").statusCode())
        .as("and opens another portal too")
        .isEqualTo(200);
    operator.delete(
        "api/platform/v1/maintenance/bypasses/"
            + Http.json(platformBypass.body()).getJsonObject("bypass").getJsonNumber("id"));
  }

  @Test
  void operatorsCloseEveryPortalAtOnce() {
    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("maint-o"), BigDecimal.ZERO);
    HttpResponse<String> on =
        operator.put("api/platform/v1/maintenance", "{\"enabled\":true,\"message\":\"Upgrade\"}");
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    assertThat(customer.get(portal + "/api/v1/servers").statusCode()).isEqualTo(503);
    HttpResponse<String> elsewhere =
        new Http(Http.localServer()).get("t/" + other.tenant().slug() + "/index.xhtml");
    assertThat(elsewhere.statusCode()).isEqualTo(503);
    assertThat(elsewhere.headers().firstValue("Retry-After")).contains("300");
    assertThat(operator.get("platform/dashboard.xhtml").statusCode())
        .as("the platform console stays open")
        .isNotEqualTo(503);
    operator.put("api/platform/v1/maintenance", "{\"enabled\":false}");
    assertThat(customer.get(portal + "/api/v1/servers").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongInputIsAClearClientErrorAndOnlyAdminsSwitchIt() {
    assertField(
        staff.put(
            portal + "/api/v1/admin/maintenance",
            "{\"enabled\":true,\"endsAt\":\"2020-01-01T00:00:00Z\"}"),
        "endsAt");
    assertField(
        staff.put(portal + "/api/v1/admin/maintenance", "{\"enabled\":true,\"endsAt\":\"soon\"}"),
        "endsAt");
    assertField(staff.put(portal + "/api/v1/admin/maintenance", "{}"), "enabled");
    assertField(
        staff.post(
            portal + "/api/v1/admin/maintenance/bypasses", "{\"name\":\"x\",\"validHours\":0}"),
        "validHours");
    assertThat(
            customer.put(portal + "/api/v1/admin/maintenance", "{\"enabled\":true}").statusCode())
        .isEqualTo(403);
    shop.as(
        () ->
            accounts.createWithPassword(
                "books@" + shop.tenant().slug() + ".test",
                "Books",
                io.brandcloud.access.Role.BILLING,
                TestTenants.STAFF_PASSWORD));
    Http billing =
        new Http(Http.localServer())
            .as("books@" + shop.tenant().slug() + ".test", TestTenants.STAFF_PASSWORD);
    assertThat(billing.put(portal + "/api/v1/admin/maintenance", "{\"enabled\":true}").statusCode())
        .as("billing staff may not close the portal")
        .isEqualTo(403);
    assertThat(staff.delete(portal + "/api/v1/admin/maintenance/bypasses/999999").statusCode())
        .isEqualTo(404);
    assertThat(customer.get(portal + "/api/v1/servers").statusCode())
        .as("nothing was switched on")
        .isEqualTo(200);
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }
}
