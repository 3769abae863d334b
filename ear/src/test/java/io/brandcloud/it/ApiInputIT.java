package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends every malformed body we can think of to every endpoint that reads one: each answer is a 4xx
 * in the error model, and nothing was written.
 */
@ExtendWith(ArquillianExtension.class)
class ApiInputIT {

  private static final String JSON = "application/json";
  private static final List<String> MALFORMED =
      List.of(
          "",
          "{",
          "[]",
          "\"text\"",
          "null",
          "42",
          "{\"unknownField\":1}",
          "{\"amount\":{},\"planId\":\"abc\",\"name\":[],\"apiRequestsPerMinute\":\"many\"}",
          "{\"amount\":\"-5\",\"reason\":\"\",\"reference\":\"r\"}",
          "{\"scopes\":\"read:user\",\"name\":\"x\"}",
          "{\"chargeAt\":\"yesterday\"}",
          "{\"planId\":99999999999999999999999}",
          "\u0000\u0001\u0002");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(ApiInputIT.class);
  }

  @Inject TestTenants tenants;
  @jakarta.ejb.EJB io.brandcloud.settings.TenantSettings settings;

  @Test
  void malformedBodiesGetOnlyClientErrorsAndChangeNothing() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("input"), new BigDecimal("5.00"));
    // this test sends hundreds of requests a minute; the limit is not what it tests
    shop.as(
        () ->
            settings.change(
                io.brandcloud.settings.SettingsChange.apiRequestsPerMinute(10_000), "test"));
    Http http = new Http(Http.localServer());
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http operator = http.as("operator@brandcloud.local", "it-operator-password");
    String base = "t/" + shop.tenant().slug() + "/api/v1";
    String customerPath = base + "/admin/customers/" + shop.customerId();
    String orgPath = base + "/organisations/" + shop.customerId();
    Http anonymous = http;

    List<Call> calls =
        List.of(
            new Call(customer, "POST", base + "/servers"),
            new Call(customer, "POST", base + "/api-keys"),
            new Call(staff, "PUT", base + "/admin/settings"),
            new Call(staff, "POST", customerPath + "/credits"),
            new Call(staff, "POST", customerPath + "/debits"),
            new Call(staff, "POST", customerPath + "/transactions/1/reversal"),
            new Call(operator, "POST", "api/platform/v1/tenants"),
            new Call(operator, "PUT", "api/platform/v1/tenants/1"),
            new Call(operator, "POST", "api/platform/v1/jobs/hourly-charging"),
            new Call(anonymous, "POST", base + "/account/registrations"),
            new Call(anonymous, "POST", base + "/account/verifications"),
            new Call(anonymous, "POST", base + "/account/verifications/resend"),
            new Call(anonymous, "POST", base + "/account/password-resets"),
            new Call(anonymous, "POST", base + "/account/password-resets/confirm"),
            new Call(customer, "POST", base + "/account/password"),
            new Call(customer, "POST", base + "/account/two-factor/confirm"),
            new Call(customer, "POST", base + "/account/two-factor/disable"),
            new Call(customer, "POST", base + "/organisations"),
            new Call(customer, "PUT", orgPath + "/members/" + shop.userId()),
            new Call(customer, "POST", orgPath + "/invitations"),
            new Call(customer, "POST", orgPath + "/roles"),
            new Call(customer, "POST", base + "/invitations/accept"),
            new Call(anonymous, "POST", base + "/invitations/decline"),
            new Call(staff, "PUT", base + "/admin/plans/" + shop.planId()),
            new Call(staff, "POST", base + "/admin/staff"),
            new Call(customer, "POST", base + "/servers/1/backup"),
            new Call(anonymous, "POST", base + "/account/reminders"),
            new Call(customer, "PUT", base + "/billing-details"),
            new Call(staff, "PUT", customerPath + "/billing-details"),
            new Call(staff, "POST", customerPath + "/invoices/1/credit-notes"),
            new Call(staff, "POST", base + "/admin/tax-rules"),
            new Call(staff, "PUT", base + "/admin/seller"));

    byte[] oversize =
        ("{\"name\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (Call call : calls) {
      for (String body : MALFORMED) {
        assertClientError(call, JSON, body.getBytes(StandardCharsets.UTF_8));
      }
      assertClientError(call, "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> tooLarge = assertClientError(call, JSON, oversize);
      assertThat(tooLarge.statusCode()).as(call.path()).isEqualTo(413);
    }

    HttpResponse<String> unknown =
        customer.post(base + "/servers", "{\"planId\":" + shop.planId() + ",\"colour\":\"red\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"code\":\"invalid_body\"");
    for (String partial :
        List.of(
            "{\"planId\":" + shop.planId() + ",\"hostname\":\"web-1\"}",
            "{\"planId\":" + shop.planId() + ",\"hostname\":\"web-1\",\"region\":\"sim-ams1\"}",
            "{\"planId\":" + shop.planId() + "}")) {
      HttpResponse<String> missing = customer.post(base + "/servers", partial);
      assertThat(missing.statusCode()).as(partial).isEqualTo(400);
      assertThat(missing.body()).as(partial).contains("\"field\"");
    }

    HttpResponse<String> notAnImage =
        staff.raw("PUT", base + "/admin/seller/logo", JSON, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(notAnImage.statusCode()).isEqualTo(415);
    assertThat(staff.get(base + "/admin/tax-rules").body()).isEqualTo("[]");
    assertThat(Http.json(customer.get(base + "/billing-details").body()))
        .as("no country was stored")
        .doesNotContainKey("country");
    assertThat(Http.json(staff.get(base + "/admin/seller").body()).getBoolean("hasLogo")).isFalse();

    JsonObject balance = Http.json(customer.get(base + "/balance").body());
    assertThat(balance.getJsonObject("balance").getString("amount")).isEqualTo("5");
    assertThat(Http.json(customer.get(base + "/servers").body()).getJsonArray("data")).isEmpty();
    assertThat(Http.json(customer.get(base + "/organisations").body()).getJsonArray("data"))
        .hasSize(1);
    assertThat(
            Http.json(customer.get(base + "/api-keys").body())
                .getJsonObject("pagination")
                .getInt("total"))
        .isZero();
  }

  private static HttpResponse<String> assertClientError(Call call, String type, byte[] body) {
    HttpResponse<String> response = call.client().raw(call.method(), call.path(), type, body);
    String what =
        call.method()
            + " "
            + call.path()
            + " "
            + type
            + " "
            + new String(body).substring(0, Math.min(body.length, 60));
    assertThat(response.statusCode()).as(what).isBetween(400, 499).isNotEqualTo(429);
    JsonObject error = Http.json(response.body()).getJsonObject("error");
    assertThat(error.getString("code")).as(what).isNotBlank();
    assertThat(error.getString("message"))
        .as(what)
        .doesNotContain("Exception")
        .doesNotContain("at io.");
    return response;
  }

  private record Call(Http client, String method, String path) {}
}
