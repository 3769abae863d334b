package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends every malformed body we can think of to every endpoint that reads one, and control
 * characters and invalid UTF-8 in the path, the query and JSON strings of every endpoint: each
 * answer is a 4xx in the error model, and nothing was written.
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
          "\u0000\u0001\u0002",
          "[".repeat(1001) + "]".repeat(1001),
          "{\"a\":".repeat(1001) + "1" + "}".repeat(1001));

  @Inject TestTenants tenants;
  @jakarta.ejb.EJB io.brandcloud.settings.TenantSettings settings;

  private Fixture shop;
  private Http http;
  private Http customer;
  private Http staff;
  private Http operator;
  private String base;

  /** A shop and who calls it: anonymous, its customer, its staff and the platform's operator. */
  @BeforeEach
  void aShopAndItsCallers() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("input"), new BigDecimal("5.00"));
    // these tests send hundreds of requests a minute; the limit is not what they test
    shop.as(
        () ->
            settings.change(
                io.brandcloud.settings.SettingsChange.apiRequestsPerMinute(100_000), "test"));
    http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    operator = http.as("operator@brandcloud.local", "it-operator-password");
    base = "t/" + shop.tenant().slug() + "/api/v1";
  }

  @Test
  void malformedBodiesGetOnlyClientErrorsAndChangeNothing() {
    String customerPath = base + "/admin/customers/" + shop.customerId();
    String orgPath = base + "/organisations/" + shop.customerId();
    Http anonymous = http;

    List<Call> calls =
        List.of(
            new Call(customer, "POST", base + "/servers"),
            new Call(customer, "POST", base + "/api-keys"),
            new Call(staff, "PUT", base + "/admin/settings"),
            new Call(staff, "POST", base + "/admin/products"),
            new Call(staff, "PUT", base + "/admin/products/1"),
            new Call(staff, "PUT", base + "/admin/products/1/prices/monthly"),
            new Call(customer, "POST", base + "/subscriptions"),
            new Call(customer, "POST", base + "/subscriptions/order-preview"),
            new Call(staff, "POST", base + "/admin/coupons"),
            new Call(staff, "PUT", base + "/admin/coupons/1/active"),
            new Call(customer, "POST", base + "/subscriptions/1/change-preview"),
            new Call(customer, "POST", base + "/subscriptions/1/change"),
            new Call(customer, "POST", base + "/subscriptions/1/cancel"),
            new Call(customer, "PUT", base + "/subscriptions/1/auto-renew"),
            new Call(staff, "PUT", base + "/admin/message-templates/invitation"),
            new Call(staff, "POST", base + "/admin/message-templates/invitation/preview"),
            new Call(staff, "POST", customerPath + "/credits"),
            new Call(staff, "POST", customerPath + "/debits"),
            new Call(staff, "POST", customerPath + "/transactions/1/reversal"),
            new Call(operator, "POST", "api/platform/v1/tenants"),
            new Call(operator, "PUT", "api/platform/v1/tenants/1"),
            new Call(operator, "POST", "api/platform/v1/jobs/hourly-charging"),
            new Call(operator, "POST", "api/platform/v1/tenants/1/move"),
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
            new Call(customer, "POST", orgPath + "/close"),
            new Call(customer, "POST", base + "/invitations/accept"),
            new Call(anonymous, "POST", base + "/invitations/decline"),
            new Call(staff, "PUT", base + "/admin/plans/" + shop.planId()),
            new Call(staff, "PUT", base + "/admin/snapshot-price"),
            new Call(staff, "PUT", base + "/admin/volume-price"),
            new Call(staff, "PUT", base + "/admin/connections/1/backup-plan"),
            new Call(staff, "PUT", base + "/admin/ipv4-price"),
            new Call(staff, "PUT", base + "/admin/transfer-price"),
            new Call(customer, "PUT", base + "/servers/1/firewall"),
            new Call(staff, "POST", base + "/admin/firewall-presets"),
            new Call(staff, "PUT", base + "/admin/firewall-presets/1"),
            new Call(staff, "POST", base + "/admin/apps"),
            new Call(staff, "PUT", base + "/admin/apps/1"),
            new Call(staff, "POST", base + "/admin/staff"),
            new Call(customer, "POST", base + "/servers/1/backup"),
            new Call(anonymous, "POST", base + "/account/reminders"),
            new Call(anonymous, "POST", base + "/contact"),
            new Call(customer, "PUT", base + "/billing-details"),
            new Call(staff, "PUT", customerPath + "/billing-details"),
            new Call(staff, "POST", customerPath + "/invoices/1/credit-notes"),
            new Call(staff, "POST", base + "/admin/tax-rules"),
            new Call(staff, "PUT", base + "/admin/seller"),
            new Call(staff, "PUT", base + "/admin/retention"),
            new Call(staff, "PUT", base + "/admin/brand"),
            new Call(customer, "POST", base + "/tickets"),
            new Call(customer, "POST", base + "/tickets/1/replies"),
            new Call(staff, "POST", base + "/admin/tickets/1/replies"),
            new Call(staff, "POST", base + "/admin/tickets/1/notes"),
            new Call(staff, "PUT", base + "/admin/tickets/1"),
            new Call(staff, "POST", base + "/admin/support/departments"),
            new Call(staff, "PUT", base + "/admin/support/departments/1"),
            new Call(staff, "POST", base + "/admin/support/canned-replies"),
            new Call(staff, "PUT", base + "/admin/support/mailbox"),
            new Call(staff, "PUT", base + "/admin/support/discord"),
            new Call(staff, "PUT", base + "/admin/support/discord/staff/80351110224678912"),
            new Call(staff, "POST", base + "/admin/webhook-endpoints"),
            new Call(staff, "PUT", base + "/admin/webhook-endpoints/1"),
            new Call(customer, "POST", base + "/webhook-endpoints"),
            new Call(customer, "PUT", base + "/webhook-endpoints/1"),
            new Call(staff, "POST", base + "/admin/content/articles"),
            new Call(staff, "PUT", base + "/admin/content/articles/1"),
            new Call(staff, "POST", base + "/admin/content/categories"),
            new Call(staff, "PUT", base + "/admin/content/categories/1"),
            new Call(staff, "POST", base + "/admin/content/preview"),
            new Call(staff, "POST", base + "/admin/legal/terms"),
            new Call(customer, "POST", base + "/legal/acceptances"),
            new Call(staff, "POST", base + "/admin/status/incidents"),
            new Call(staff, "PUT", base + "/admin/status/incidents/1"),
            new Call(staff, "POST", base + "/admin/status/incidents/1/updates"));

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

    byte[] deep = ("[".repeat(1001) + "]".repeat(1001)).getBytes(StandardCharsets.UTF_8);
    for (String hook : List.of("test", "stripe", "paypal", "discord/interactions")) {
      HttpResponse<String> nested =
          anonymous.raw("POST", base + "/webhooks/" + hook, "text/plain", deep);
      assertThat(nested.statusCode()).as(hook).isEqualTo(400);
      assertThat(nested.body()).as(hook).contains("\"code\":\"invalid_body\"");
    }

    HttpResponse<String> notAnImage =
        staff.raw("PUT", base + "/admin/seller/logo", JSON, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(notAnImage.statusCode()).isEqualTo(415);
    assertThat(notAnImage.body()).doesNotContain("RESTEASY").contains("\"error\"");
    HttpResponse<String> wrongMethod = customer.raw("PATCH", base + "/servers", JSON, new byte[0]);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).doesNotContain("RESTEASY").contains("\"error\"");
    assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
    HttpResponse<String> wrongType =
        customer.raw(
            "POST", base + "/servers", "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.body()).doesNotContain("RESTEASY").contains("application/json");
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

  /** Percent-encoded text no path segment or parameter can hold: controls and invalid UTF-8. */
  private static final List<String> BAD_IN_URL =
      List.of("%00", "%01", "%1F", "%7F", "%C2%85", "%C0%AF", "%FF", "%ED%A0%80", "%E2%82");

  /** JSON string contents (escaped as JSON) no text field can hold. */
  private static final List<String> BAD_IN_JSON =
      List.of(
          "\\u0000",
          "a\\u0001",
          "\\u001f",
          "\\u007f",
          "x\\u0085",
          "\\u000b",
          "\\ud800",
          "x\\udc00",
          "\\ufffe");

  /** An endpoint of the API guide's table, with the string fields of its body. */
  @Test
  void pricesAndOrdersRefuseValuesThatDoNotFitAndChangeNothing() {
    String name = "Input check " + java.util.UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        staff.post(base + "/admin/products", "{\"kind\":\"service\",\"name\":\"" + name + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String product = base + "/admin/products/" + Http.json(created.body()).getJsonNumber("id");
    for (String body :
        List.of(
            "{\"amount\":\"-1\"}",
            "{\"amount\":\"0\"}",
            "{\"amount\":\"1.234\"}",
            "{\"amount\":\"abc\"}",
            "{\"amount\":\"9999999999999\"}",
            "{\"amount\":\"1\",\"setupFee\":\"-1\"}",
            "{\"amount\":\"1\",\"trialDays\":400}",
            "{\"amount\":\"1\",\"trialDays\":-1}")) {
      HttpResponse<String> refused = staff.put(product + "/prices/monthly", body);
      assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(400);
    }
    assertThat(staff.put(product + "/prices/weekly", "{\"amount\":\"1\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            staff
                .post(base + "/admin/products", "{\"kind\":\"hardware\",\"name\":\"Other\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(staff.get(product).body()).contains("\"prices\":[]");
    String id = Http.json(created.body()).getJsonNumber("id").toString();
    assertThat(
            customer
                .post(
                    base + "/subscriptions",
                    "{\"productId\":" + id + ",\"cycle\":\"monthly\",\"reference\":\"x\"}")
                .statusCode())
        .as("no price for the cycle")
        .isEqualTo(400);
    assertThat(
            customer
                .post(base + "/subscriptions", "{\"productId\":" + id + ",\"cycle\":\"monthly\"}")
                .statusCode())
        .as("no reference")
        .isEqualTo(400);
    assertThat(customer.get(base + "/subscriptions").body()).isEqualTo("[]");
  }

  @Test
  void couponsRefuseTermsThatDoNotFitAndChangeNothing() {
    for (String body :
        List.of(
            "{\"code\":\"A\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\"}",
            "{\"code\":\"WITH SPACE\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\"}",
            "{\"code\":\"PCT0\",\"kind\":\"percent\",\"value\":\"0\",\"duration\":\"once\"}",
            "{\"code\":\"PCT101\",\"kind\":\"percent\",\"value\":\"100.01\",\"duration\":\"once\"}",
            "{\"code\":\"PCTSCALE\",\"kind\":\"percent\",\"value\":\"10.005\",\"duration\":\"once\"}",
            "{\"code\":\"FIXSCALE\",\"kind\":\"fixed\",\"value\":\"1.234\",\"duration\":\"once\"}",
            "{\"code\":\"FIXNEG\",\"kind\":\"fixed\",\"value\":\"-1\",\"duration\":\"once\"}",
            "{\"code\":\"KIND\",\"kind\":\"bogof\",\"value\":\"1\",\"duration\":\"once\"}",
            "{\"code\":\"REPNONE\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"repeating\"}",
            "{\"code\":\"REP0\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"repeating\",\"cycles\":0}",
            "{\"code\":\"ONCE3\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"cycles\":3}",
            "{\"code\":\"NOPROD\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"productIds\":[999999]}",
            "{\"code\":\"WEEKLY\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"billingCycles\":[\"weekly\"]}",
            "{\"code\":\"MAX0\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"maxRedemptions\":0}",
            "{\"code\":\"PER0\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"maxPerCustomer\":0}",
            "{\"code\":\"PAST\",\"kind\":\"percent\",\"value\":\"10\",\"duration\":\"once\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}",
            "{\"code\":\"NOVALUE\",\"kind\":\"percent\",\"duration\":\"once\"}")) {
      HttpResponse<String> refused = staff.post(base + "/admin/coupons", body);
      assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(400);
    }
    String good =
        "{\"code\":\"Input-Check\",\"kind\":\"percent\",\"value\":\"12.5\",\"duration\":\"once\"}";
    assertThat(staff.post(base + "/admin/coupons", good).statusCode()).isEqualTo(201);
    HttpResponse<String> twice =
        staff.post(base + "/admin/coupons", good.replace("Input-Check", "INPUT-CHECK"));
    assertThat(twice.statusCode()).as("codes are the same in any case").isEqualTo(409);
    assertThat(staff.get(base + "/admin/coupons").body())
        .contains("\"code\":\"Input-Check\"", "\"percentOff\":\"12.5\"")
        .doesNotContain("PCT101", "REPNONE", "PAST");
  }

  @Test
  void webhookEndpointsRefuseAddressesAndEventsThatDoNotFitAndChangeNothing() {
    for (String body :
        List.of(
            "{\"url\":\"ftp://127.0.0.1/hook\",\"eventTypes\":[\"*\"]}",
            "{\"url\":\"http://user:secret@127.0.0.1/hook\",\"eventTypes\":[\"*\"]}",
            "{\"url\":\"http://127.0.0.1/hook#part\",\"eventTypes\":[\"*\"]}",
            "{\"url\":\"http:///hook\",\"eventTypes\":[\"*\"]}",
            "{\"url\":\"not an address\",\"eventTypes\":[\"*\"]}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[]}",
            "{\"url\":\"http://127.0.0.1/hook\"}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[\"server.exploded\"]}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[\"webhook.ping\"]}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[\"wallet.*\"]}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[null]}",
            "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[\"*\"],\"description\":\""
                + "d".repeat(201)
                + "\"}")) {
      HttpResponse<String> refused = customer.post(base + "/webhook-endpoints", body);
      assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(400);
      assertThat(Http.json(refused.body()).getJsonObject("error").getString("message"))
          .isNotBlank();
    }
    assertThat(Http.json(customer.get(base + "/webhook-endpoints").body()).getJsonArray("data"))
        .isEmpty();
    HttpResponse<String> made =
        customer.post(
            base + "/webhook-endpoints",
            "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"SERVER.*\",\"server.*\","
                + "\"invoice.paid\"]}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(
            Http.json(made.body())
                .getJsonObject("webhook")
                .getJsonArray("eventTypes")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString))
        .as("written once each, in order")
        .containsExactly("invoice.paid", "server.*");

    String key =
        Http.json(
                customer
                    .post(base + "/api-keys", "{\"name\":\"hooks\",\"scopes\":[\"read:billing\"]}")
                    .body())
            .getString("secret");
    HttpResponse<String> byKey =
        new Http(Http.localServer())
            .bearer(key)
            .post(
                base + "/webhook-endpoints",
                "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"*\"]}");
    assertThat(byKey.statusCode())
        .as("a leaked key cannot send the organisation's events elsewhere")
        .isEqualTo(403);
  }

  private record Endpoint(Http client, String method, String path, List<String> fields) {}

  @Test
  void controlCharactersAndOddEncodingsGetOnlyClientErrorsOnEveryEndpoint() {
    Http anonymous = http;
    String org = base + "/organisations/" + shop.customerId();
    String cust = base + "/admin/customers/" + shop.customerId();
    String platform = "api/platform/v1";
    List<String> tenantFields =
        List.of(
            "slug",
            "name",
            "currency",
            "timeZone",
            "productName",
            "primaryColor",
            "logoUrl",
            "domains",
            "adminEmail",
            "adminName",
            "placement");
    List<String> billingFields = List.of("address", "country", "region", "taxId");

    List<Endpoint> endpoints =
        List.of(
            new Endpoint(operator, "GET", platform + "/tenants", List.of()),
            new Endpoint(operator, "POST", platform + "/tenants", tenantFields),
            new Endpoint(operator, "GET", platform + "/tenants/1", List.of()),
            new Endpoint(operator, "PUT", platform + "/tenants/1", tenantFields),
            new Endpoint(operator, "POST", platform + "/tenants/999999/suspend", List.of()),
            new Endpoint(operator, "POST", platform + "/tenants/999999/admin-password", List.of()),
            new Endpoint(operator, "POST", platform + "/tenants/999999/activate", List.of()),
            new Endpoint(operator, "POST", platform + "/tenants/1/move", List.of("placement")),
            new Endpoint(operator, "GET", platform + "/tenants/999999/move", List.of()),
            new Endpoint(operator, "GET", platform + "/placements", List.of()),
            new Endpoint(operator, "GET", platform + "/domain-requests", List.of()),
            new Endpoint(
                operator, "POST", platform + "/domain-requests/999999/approval", List.of()),
            new Endpoint(operator, "DELETE", platform + "/domain-requests/999999", List.of()),
            new Endpoint(operator, "POST", platform + "/jobs/hourly-charging", List.of("chargeAt")),
            new Endpoint(operator, "POST", platform + "/jobs/invoicing", List.of("month")),
            new Endpoint(operator, "POST", platform + "/jobs/subscription-renewals", List.of()),
            new Endpoint(operator, "GET", platform + "/jobs/executions/999999", List.of()),
            new Endpoint(operator, "GET", platform + "/jobs/hourly-charging/runs", List.of()),
            new Endpoint(operator, "GET", platform + "/audit", List.of()),
            new Endpoint(
                anonymous,
                "POST",
                base + "/account/registrations",
                List.of("email", "name", "password")),
            new Endpoint(
                anonymous,
                "POST",
                base + "/account/verifications",
                List.of("token", "email", "code")),
            new Endpoint(
                anonymous, "POST", base + "/account/verifications/resend", List.of("email")),
            new Endpoint(anonymous, "POST", base + "/account/password-resets", List.of("email")),
            new Endpoint(
                anonymous,
                "POST",
                base + "/account/password-resets/confirm",
                List.of("token", "password")),
            new Endpoint(anonymous, "POST", base + "/account/reminders", List.of("email")),
            new Endpoint(
                anonymous, "POST", base + "/contact", List.of("name", "email", "subject", "body")),
            new Endpoint(
                customer,
                "POST",
                base + "/account/password",
                List.of("currentPassword", "newPassword")),
            new Endpoint(customer, "POST", base + "/account/two-factor/confirm", List.of("code")),
            new Endpoint(customer, "PUT", base + "/account/language", List.of("language")),
            new Endpoint(customer, "PUT", base + "/account/name", List.of("name")),
            new Endpoint(customer, "GET", base + "/notifications", List.of()),
            new Endpoint(customer, "PUT", base + "/notifications/choices", List.of("choices")),
            new Endpoint(customer, "POST", base + "/notifications/999999/read", List.of()),
            new Endpoint(
                customer,
                "POST",
                base + "/account/email-changes",
                List.of("email", "currentPassword")),
            new Endpoint(customer, "GET", base + "/account/email-changes", List.of()),
            new Endpoint(
                anonymous, "POST", base + "/account/email-changes/confirm", List.of("token")),
            new Endpoint(customer, "GET", base + "/account/data-exports", List.of()),
            new Endpoint(customer, "GET", base + "/account/erasure", List.of()),
            new Endpoint(customer, "POST", base + "/account/erasure", List.of("currentPassword")),
            new Endpoint(anonymous, "POST", base + "/account/erasure/confirm", List.of("token")),
            new Endpoint(customer, "POST", base + "/account/two-factor/disable", List.of("code")),
            new Endpoint(anonymous, "GET", base, List.of()),
            new Endpoint(customer, "GET", base + "/me", List.of()),
            new Endpoint(customer, "GET", base + "/organisations", List.of()),
            new Endpoint(customer, "POST", base + "/organisations", List.of("name")),
            new Endpoint(customer, "GET", org, List.of()),
            new Endpoint(customer, "GET", org + "/members", List.of()),
            new Endpoint(customer, "PUT", org + "/members/" + shop.userId(), List.of("role")),
            new Endpoint(customer, "DELETE", org + "/members/999999", List.of()),
            new Endpoint(customer, "GET", org + "/invitations", List.of()),
            new Endpoint(customer, "POST", org + "/invitations", List.of("email", "role")),
            new Endpoint(customer, "GET", org + "/roles", List.of()),
            new Endpoint(customer, "POST", org + "/roles", List.of("name", "permissions")),
            new Endpoint(customer, "POST", base + "/invitations/accept", List.of("token")),
            new Endpoint(anonymous, "POST", base + "/invitations/decline", List.of("token")),
            new Endpoint(customer, "GET", base + "/invitations", List.of()),
            new Endpoint(customer, "POST", base + "/invitations/999999/accept", List.of()),
            new Endpoint(customer, "POST", base + "/invitations/999999/decline", List.of()),
            new Endpoint(customer, "GET", base + "/api-keys", List.of()),
            new Endpoint(customer, "POST", base + "/api-keys", List.of("name", "scopes")),
            new Endpoint(customer, "DELETE", base + "/api-keys/999999", List.of()),
            new Endpoint(customer, "GET", base + "/servers", List.of()),
            new Endpoint(
                customer,
                "POST",
                base + "/servers",
                List.of("hostname", "region", "image", "snapshotId")),
            new Endpoint(customer, "GET", base + "/servers/999999", List.of()),
            new Endpoint(customer, "POST", base + "/servers/999999/backup", List.of("enabled")),
            new Endpoint(customer, "GET", base + "/servers/999999/actions", List.of()),
            new Endpoint(
                customer,
                "POST",
                base + "/servers/999999/actions",
                List.of("type", "image", "hostname", "snapshotId", "volumeName", "address")),
            new Endpoint(customer, "GET", base + "/servers/999999/actions/999999", List.of()),
            new Endpoint(
                customer, "POST", base + "/servers/999999/actions/999999/password", List.of()),
            new Endpoint(customer, "DELETE", base + "/servers/999999", List.of()),
            new Endpoint(customer, "POST", base + "/servers/999999/console", List.of()),
            new Endpoint(customer, "POST", base + "/push/tickets", List.of()),
            new Endpoint(staff, "POST", base + "/push/tickets", List.of()),
            new Endpoint(customer, "GET", base + "/servers/999999/usage", List.of()),
            new Endpoint(customer, "GET", base + "/servers/999999/snapshots", List.of()),
            new Endpoint(customer, "GET", base + "/servers/999999/volumes", List.of()),
            new Endpoint(customer, "GET", base + "/servers/999999/addresses", List.of()),
            new Endpoint(customer, "GET", base + "/transfer", List.of()),
            new Endpoint(customer, "GET", base + "/servers/999999/firewall", List.of()),
            new Endpoint(customer, "PUT", base + "/servers/999999/firewall", List.of()),
            new Endpoint(customer, "GET", base + "/firewall-presets", List.of()),
            new Endpoint(customer, "GET", base + "/apps", List.of()),
            new Endpoint(customer, "GET", base + "/plans", List.of()),
            new Endpoint(staff, "GET", base + "/admin/servers", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/servers/999999/actions", List.of("type", "image")),
            new Endpoint(staff, "GET", base + "/admin/connections", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reconciliation/drift", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/reconciliation/drift/999999/seen", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reconciliation/unknown", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/reconciliation/unknown/999999/ignore", List.of()),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/reconciliation/unknown/999999/import",
                List.of("hostname")),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/connections",
                List.of("name", "type", "apiUrl", "token")),
            new Endpoint(staff, "GET", base + "/admin/connections/999999", List.of()),
            new Endpoint(
                staff, "PUT", base + "/admin/connections/999999", List.of("name", "apiUrl")),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/connections/999999/backup-plan",
                List.of("backupPlan")),
            new Endpoint(staff, "POST", base + "/admin/connections/999999/check", List.of()),
            new Endpoint(staff, "POST", base + "/admin/connections/999999/sync", List.of()),
            new Endpoint(staff, "GET", base + "/admin/connections/999999/catalog", List.of()),
            new Endpoint(
                staff, "PUT", base + "/admin/connections/999999/catalog", List.of("kind", "code")),
            new Endpoint(staff, "POST", base + "/admin/plans", List.of("providerPlanCode", "name")),
            new Endpoint(staff, "POST", base + "/admin/products", List.of("kind", "name", "group")),
            new Endpoint(
                staff, "PUT", base + "/admin/products/999999", List.of("name", "description")),
            new Endpoint(
                customer, "POST", base + "/subscriptions", List.of("cycle", "coupon", "reference")),
            new Endpoint(
                customer,
                "POST",
                base + "/subscriptions/order-preview",
                List.of("cycle", "coupon")),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/coupons",
                List.of("code", "description", "kind", "duration")),
            new Endpoint(
                customer, "POST", base + "/subscriptions/999999/change", List.of("cycle", "when")),
            new Endpoint(customer, "POST", base + "/subscriptions/999999/cancel", List.of("when")),
            new Endpoint(staff, "GET", base + "/admin/dead-letters", List.of()),
            new Endpoint(staff, "POST", base + "/admin/dead-letters/999999/retry", List.of()),
            new Endpoint(customer, "GET", base + "/tickets", List.of()),
            new Endpoint(customer, "GET", base + "/tickets/departments", List.of()),
            new Endpoint(
                customer, "POST", base + "/tickets", List.of("subject", "body", "priority")),
            new Endpoint(customer, "GET", base + "/tickets/999999", List.of()),
            new Endpoint(customer, "POST", base + "/tickets/999999/replies", List.of("body")),
            new Endpoint(customer, "POST", base + "/tickets/999999/close", List.of()),
            new Endpoint(staff, "GET", base + "/admin/tickets", List.of()),
            new Endpoint(staff, "GET", base + "/admin/tickets/999999", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/tickets/999999/replies", List.of("body", "status")),
            new Endpoint(staff, "POST", base + "/admin/tickets/999999/notes", List.of("body")),
            new Endpoint(
                staff, "PUT", base + "/admin/tickets/999999", List.of("status", "priority")),
            new Endpoint(staff, "GET", base + "/admin/support/departments", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/support/departments", List.of("name", "description")),
            new Endpoint(staff, "PUT", base + "/admin/support/departments/999999", List.of("name")),
            new Endpoint(staff, "GET", base + "/admin/support/canned-replies", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/support/canned-replies", List.of("title", "body")),
            new Endpoint(staff, "DELETE", base + "/admin/support/canned-replies/999999", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/support/mailbox",
                List.of("address", "host", "username", "password", "folder")),
            new Endpoint(staff, "GET", base + "/admin/support/mailbox", List.of()),
            new Endpoint(staff, "POST", base + "/admin/support/mailbox/check", List.of()),
            new Endpoint(staff, "GET", base + "/admin/support/mailbox/received", List.of()),
            new Endpoint(staff, "DELETE", base + "/admin/support/mailbox", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/support/discord",
                List.of("applicationId", "publicKey", "webhookUrl", "botToken")),
            new Endpoint(staff, "GET", base + "/admin/support/discord", List.of()),
            new Endpoint(staff, "POST", base + "/admin/support/discord/commands", List.of()),
            new Endpoint(staff, "GET", base + "/admin/support/discord/posts", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/support/discord/posts/999999/retry", List.of()),
            new Endpoint(
                staff, "PUT", base + "/admin/support/discord/staff/999999", List.of("staffId")),
            new Endpoint(staff, "DELETE", base + "/admin/support/discord/staff/999999", List.of()),
            new Endpoint(staff, "DELETE", base + "/admin/support/discord", List.of()),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/webhook-endpoints",
                List.of("url", "description", "eventTypes")),
            new Endpoint(staff, "GET", base + "/admin/webhook-endpoints", List.of()),
            new Endpoint(staff, "GET", base + "/admin/webhook-endpoints/event-types", List.of()),
            new Endpoint(staff, "GET", base + "/admin/webhook-endpoints/999999", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/webhook-endpoints/999999",
                List.of("url", "description", "eventTypes")),
            new Endpoint(staff, "DELETE", base + "/admin/webhook-endpoints/999999", List.of()),
            new Endpoint(staff, "POST", base + "/admin/webhook-endpoints/999999/secret", List.of()),
            new Endpoint(
                staff, "GET", base + "/admin/webhook-endpoints/999999/deliveries", List.of()),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/webhook-endpoints/999999/deliveries/1/redeliver",
                List.of()),
            new Endpoint(staff, "POST", base + "/admin/webhook-endpoints/999999/ping", List.of()),
            new Endpoint(
                customer,
                "POST",
                base + "/webhook-endpoints",
                List.of("url", "description", "eventTypes")),
            new Endpoint(customer, "GET", base + "/webhook-endpoints", List.of()),
            new Endpoint(customer, "GET", base + "/webhook-endpoints/event-types", List.of()),
            new Endpoint(customer, "GET", base + "/webhook-endpoints/999999", List.of()),
            new Endpoint(
                customer,
                "PUT",
                base + "/webhook-endpoints/999999",
                List.of("url", "description", "eventTypes")),
            new Endpoint(customer, "DELETE", base + "/webhook-endpoints/999999", List.of()),
            new Endpoint(customer, "POST", base + "/webhook-endpoints/999999/secret", List.of()),
            new Endpoint(customer, "GET", base + "/webhook-endpoints/999999/deliveries", List.of()),
            new Endpoint(
                customer,
                "POST",
                base + "/webhook-endpoints/999999/deliveries/1/redeliver",
                List.of()),
            new Endpoint(customer, "POST", base + "/webhook-endpoints/999999/ping", List.of()),
            new Endpoint(staff, "GET", base + "/admin/maintenance", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/maintenance", List.of("message", "endsAt")),
            new Endpoint(staff, "GET", base + "/admin/maintenance/bypasses", List.of()),
            new Endpoint(staff, "POST", base + "/admin/maintenance/bypasses", List.of("name")),
            new Endpoint(staff, "DELETE", base + "/admin/maintenance/bypasses/999999", List.of()),
            new Endpoint(operator, "GET", platform + "/maintenance", List.of()),
            new Endpoint(operator, "GET", platform + "/maintenance/bypasses", List.of()),
            new Endpoint(operator, "POST", platform + "/maintenance/bypasses", List.of("name")),
            new Endpoint(customer, "GET", base + "/balance", List.of()),
            new Endpoint(customer, "GET", base + "/transactions", List.of()),
            new Endpoint(customer, "GET", base + "/transactions/999999", List.of()),
            new Endpoint(customer, "GET", base + "/transactions.csv", List.of()),
            new Endpoint(customer, "GET", base + "/transactions.pdf", List.of()),
            new Endpoint(customer, "GET", base + "/invoices", List.of()),
            new Endpoint(customer, "GET", base + "/invoices/999999", List.of()),
            new Endpoint(customer, "GET", base + "/invoices/999999/pdf", List.of()),
            new Endpoint(customer, "GET", base + "/credit-notes", List.of()),
            new Endpoint(customer, "GET", base + "/credit-notes/999999", List.of()),
            new Endpoint(customer, "GET", base + "/credit-notes/999999/pdf", List.of()),
            new Endpoint(customer, "GET", base + "/billing-details", List.of()),
            new Endpoint(customer, "PUT", base + "/billing-details", billingFields),
            new Endpoint(staff, "GET", base + "/admin/plans", List.of()),
            new Endpoint(staff, "GET", base + "/admin/snapshot-price", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/snapshot-price", List.of("gbMonthPrice")),
            new Endpoint(staff, "GET", base + "/admin/volume-price", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/volume-price", List.of("gbMonthPrice")),
            new Endpoint(staff, "GET", base + "/admin/ipv4-price", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/ipv4-price", List.of("monthPrice")),
            new Endpoint(staff, "GET", base + "/admin/transfer-price", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/transfer-price", List.of("gbPrice")),
            new Endpoint(staff, "GET", base + "/admin/firewall-presets", List.of()),
            new Endpoint(staff, "POST", base + "/admin/firewall-presets", List.of("name")),
            new Endpoint(staff, "PUT", base + "/admin/firewall-presets/999999", List.of("name")),
            new Endpoint(staff, "DELETE", base + "/admin/firewall-presets/999999", List.of()),
            new Endpoint(staff, "GET", base + "/admin/apps", List.of()),
            new Endpoint(staff, "POST", base + "/admin/apps", List.of("name", "description")),
            new Endpoint(staff, "PUT", base + "/admin/apps/999999", List.of("name")),
            new Endpoint(staff, "DELETE", base + "/admin/apps/999999", List.of()),
            new Endpoint(
                staff, "PUT", base + "/admin/plans/" + shop.planId(), List.of("markupPercent")),
            new Endpoint(staff, "GET", base + "/admin/tax-rules", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/tax-rules", List.of("country", "region", "name")),
            new Endpoint(staff, "DELETE", base + "/admin/tax-rules/999999", List.of()),
            new Endpoint(staff, "GET", base + "/admin/seller", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/seller",
                List.of("legalName", "address", "taxIds", "invoiceNote")),
            new Endpoint(staff, "GET", base + "/admin/seller/logo", List.of()),
            new Endpoint(staff, "DELETE", base + "/admin/seller/logo", List.of()),
            new Endpoint(staff, "GET", base + "/admin/brand", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/brand",
                List.of("productName", "primaryColor", "mailSenderName", "accentColor")),
            new Endpoint(staff, "DELETE", base + "/admin/brand/logo", List.of()),
            new Endpoint(staff, "DELETE", base + "/admin/brand/icon", List.of()),
            new Endpoint(staff, "GET", base + "/admin/brand/invoice-preview.pdf", List.of()),
            new Endpoint(staff, "GET", base + "/admin/domains", List.of()),
            new Endpoint(staff, "POST", base + "/admin/domains", List.of("domain")),
            new Endpoint(staff, "DELETE", base + "/admin/domains/999999", List.of()),
            new Endpoint(staff, "GET", base + "/admin/customers", List.of()),
            new Endpoint(staff, "GET", cust, List.of()),
            new Endpoint(staff, "GET", cust + "/transactions", List.of()),
            new Endpoint(staff, "POST", cust + "/credits", List.of("reason", "reference")),
            new Endpoint(staff, "POST", cust + "/debits", List.of("reason", "reference")),
            new Endpoint(staff, "POST", cust + "/transactions/999999/reversal", List.of("reason")),
            new Endpoint(staff, "GET", cust + "/invoices", List.of()),
            new Endpoint(staff, "GET", cust + "/invoices/999999/pdf", List.of()),
            new Endpoint(
                staff,
                "POST",
                cust + "/invoices/999999/credit-notes",
                List.of("reason", "reference")),
            new Endpoint(staff, "GET", cust + "/credit-notes", List.of()),
            new Endpoint(staff, "GET", cust + "/credit-notes/999999/pdf", List.of()),
            new Endpoint(staff, "GET", cust + "/billing-details", List.of()),
            new Endpoint(staff, "PUT", cust + "/billing-details", billingFields),
            new Endpoint(staff, "GET", base + "/admin/staff", List.of()),
            new Endpoint(staff, "POST", base + "/admin/staff", List.of("email", "name", "role")),
            new Endpoint(staff, "GET", base + "/admin/settings", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/settings", List.of("apiRequestsPerMinute")),
            new Endpoint(staff, "PUT", base + "/admin/staff/999999", List.of("role")),
            new Endpoint(
                staff, "PUT", base + "/admin/texts/en/portal.dashboard.title", List.of("text")),
            new Endpoint(customer, "GET", base + "/payment-methods", List.of()),
            new Endpoint(customer, "GET", base + "/payments", List.of()),
            new Endpoint(customer, "POST", base + "/payments", List.of("gateway")),
            new Endpoint(customer, "GET", base + "/payments/999999", List.of()),
            new Endpoint(customer, "POST", base + "/payments/999999/confirm", List.of()),
            new Endpoint(customer, "GET", base + "/payments/999999/receipt.pdf", List.of()),
            new Endpoint(customer, "GET", base + "/auto-top-up", List.of()),
            new Endpoint(customer, "PUT", base + "/auto-top-up", List.of()),
            new Endpoint(customer, "DELETE", base + "/auto-top-up", List.of()),
            new Endpoint(anonymous, "POST", base + "/webhooks/test", List.of()),
            new Endpoint(staff, "GET", base + "/admin/payment-gateways", List.of()),
            new Endpoint(staff, "GET", base + "/admin/payment-gateways/test", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/payment-gateways/test",
                List.of("apiUrl", "publicId", "secret", "webhookSecret", "webhookId")),
            new Endpoint(staff, "POST", base + "/admin/payment-gateways/test/check", List.of()),
            new Endpoint(staff, "GET", base + "/admin/payments", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reports/margin", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reports/receivables", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reports/receivables.csv", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reports/tax", List.of()),
            new Endpoint(staff, "GET", base + "/admin/reports/tax/documents.csv", List.of()),
            new Endpoint(staff, "GET", base + "/admin/payments/999999", List.of()),
            new Endpoint(staff, "POST", base + "/admin/payments/999999/refunds", List.of("reason")),
            new Endpoint(staff, "GET", base + "/admin/refunds", List.of()),
            new Endpoint(staff, "GET", base + "/admin/disputes", List.of()),
            new Endpoint(staff, "GET", base + "/admin/message-templates", List.of()),
            new Endpoint(staff, "GET", base + "/admin/message-templates/invitation", List.of()),
            new Endpoint(
                staff,
                "PUT",
                base + "/admin/message-templates/invitation",
                List.of("subject", "body")),
            new Endpoint(
                staff,
                "POST",
                base + "/admin/message-templates/invitation/preview",
                List.of("subject", "body")),
            new Endpoint(staff, "GET", base + "/admin/audit", List.of()),
            new Endpoint(staff, "GET", base + "/admin/outbox", List.of()),
            new Endpoint(staff, "POST", base + "/admin/users/999999/unlock", List.of()),
            new Endpoint(staff, "POST", base + "/admin/users/999999/disable", List.of("reason")),
            new Endpoint(staff, "POST", base + "/admin/users/999999/enable", List.of()),
            new Endpoint(staff, "POST", base + "/admin/users/999999/password-reset", List.of()),
            new Endpoint(anonymous, "GET", base + "/content/categories", List.of()),
            new Endpoint(anonymous, "GET", base + "/content/articles", List.of()),
            new Endpoint(anonymous, "GET", base + "/content/articles/doc/no-such-page", List.of()),
            new Endpoint(anonymous, "GET", base + "/status", List.of()),
            new Endpoint(anonymous, "GET", base + "/legal", List.of()),
            new Endpoint(customer, "GET", base + "/legal/outstanding", List.of()),
            new Endpoint(customer, "POST", base + "/legal/acceptances", List.of()),
            new Endpoint(staff, "GET", base + "/admin/legal/terms", List.of()),
            new Endpoint(staff, "POST", base + "/admin/legal/terms", List.of("title", "body")),
            new Endpoint(customer, "GET", base + "/announcements", List.of()),
            new Endpoint(customer, "POST", base + "/announcements/999999/dismiss", List.of()),
            new Endpoint(staff, "GET", base + "/admin/content/articles", List.of()),
            new Endpoint(staff, "POST", base + "/admin/content/articles", List.of("kind")),
            new Endpoint(staff, "GET", base + "/admin/content/articles/999999", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/content/articles/999999", List.of("title")),
            new Endpoint(staff, "POST", base + "/admin/content/articles/999999/publish", List.of()),
            new Endpoint(staff, "DELETE", base + "/admin/content/articles/999999", List.of()),
            new Endpoint(staff, "POST", base + "/admin/content/preview", List.of("body")),
            new Endpoint(staff, "GET", base + "/admin/content/categories", List.of()),
            new Endpoint(staff, "POST", base + "/admin/content/categories", List.of("name")),
            new Endpoint(staff, "PUT", base + "/admin/content/categories/999999", List.of("name")),
            new Endpoint(staff, "GET", base + "/admin/status/incidents", List.of()),
            new Endpoint(staff, "POST", base + "/admin/status/incidents", List.of("title")),
            new Endpoint(
                staff, "PUT", base + "/admin/status/incidents/999999", List.of("title", "impact")),
            new Endpoint(
                staff, "POST", base + "/admin/status/incidents/999999/updates", List.of("status")),
            new Endpoint(staff, "GET", base + "/admin/tickets/999999/suggestion", List.of()),
            new Endpoint(staff, "GET", base + "/admin/erasures", List.of()),
            new Endpoint(staff, "GET", base + "/admin/fraud/checks", List.of()),
            new Endpoint(staff, "GET", base + "/admin/fraud/checks/999999", List.of()),
            new Endpoint(
                staff, "POST", base + "/admin/fraud/checks/999999/approve", List.of("reason")),
            new Endpoint(
                staff, "POST", base + "/admin/fraud/checks/999999/deny", List.of("reason")),
            new Endpoint(staff, "GET", base + "/admin/fraud/blocks", List.of()),
            new Endpoint(staff, "POST", base + "/admin/fraud/blocks", List.of("kind")),
            new Endpoint(staff, "DELETE", base + "/admin/fraud/blocks/999999", List.of()),
            new Endpoint(staff, "GET", base + "/admin/fraud/policy", List.of()),
            new Endpoint(staff, "PUT", base + "/admin/fraud/policy", List.of()));

    for (Endpoint endpoint : endpoints) {
      Call call = new Call(endpoint.client(), endpoint.method(), endpoint.path());
      for (String bad : BAD_IN_URL) {
        assertRefusedAtTheEdge(call.at(endpoint.path() + bad));
      }
      for (String bad : List.of("%00", "%7F", "%C0%AF")) {
        String inId = endpoint.path().replaceFirst("/(\\d+)(/|$)", "/$1" + bad + "$2");
        if (!inId.equals(endpoint.path())) {
          assertRefusedAtTheEdge(call.at(inId));
        }
        assertRefusedAtTheEdge(call.at(endpoint.path() + "?page=1&limit=" + bad));
        assertRefusedAtTheEdge(call.at(endpoint.path() + "?" + bad + "=1"));
      }
      if (endpoint.method().equals("GET")) {
        int plain = call.send(JSON, new byte[0]).statusCode();
        assertThat(
                call.at(endpoint.path() + "?note=%E2%80%AEtxt%20%C3%A4")
                    .send(JSON, new byte[0])
                    .statusCode())
            .as("right-to-left override and umlauts are text: " + endpoint.path())
            .isEqualTo(plain);
      }
      for (String field : endpoint.fields()) {
        for (String bad : BAD_IN_JSON) {
          String value = "\"" + bad + "\"";
          String body =
              "{\""
                  + field
                  + "\":"
                  + (field.matches("domains|permissions|scopes") ? "[" + value + "]" : value)
                  + "}";
          HttpResponse<String> answer =
              assertClientError(call, JSON, body.getBytes(StandardCharsets.UTF_8));
          JsonObject error = Http.json(answer.body()).getJsonObject("error");
          assertThat(answer.statusCode()).as(call.path() + " " + body).isEqualTo(400);
          assertThat(error.getString("code")).as(body).isEqualTo("invalid_input");
          assertThat(error.getJsonObject("details").getString("field")).as(body).isEqualTo(field);
        }
        for (byte[] notUtf8 :
            List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0xaf})) {
          byte[] body = jsonWithRawBytes(field, notUtf8);
          HttpResponse<String> answer = assertClientError(call, JSON, body);
          assertThat(Http.json(answer.body()).getJsonObject("error").getString("code"))
              .as(call.path() + " " + field)
              .isEqualTo("invalid_body");
        }
      }
    }
  }

  @Test
  void theProbedRequestsAnswerClientErrors() {
    String portal = "t/" + shop.tenant().slug();

    HttpResponse<String> me = http.get(base + "/me%00");
    assertThat(me.statusCode()).isEqualTo(400);
    assertThat(Http.json(me.body()).getJsonObject("error").getString("code"))
        .isEqualTo("invalid_input");
    HttpResponse<String> euro = http.get(portal + "/%E2%82%AC");
    assertThat(euro.statusCode()).as("a page that does not exist").isEqualTo(404);
    for (String bad : List.of("%00", "%C0%AF", "%FF", "index.xhtml%01")) {
      HttpResponse<String> page = http.get(portal + "/" + bad);
      assertThat(page.statusCode()).as(bad).isEqualTo(400);
      assertThat(page.headers().firstValue("Content-Type"))
          .as(bad)
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
    for (String hidden : List.of("%2557EB-INF/web.xml", "%252e%252e/WEB-INF/web.xml")) {
      HttpResponse<String> page = http.get(portal + "/" + hidden);
      assertThat(page.statusCode()).as(hidden).isEqualTo(404);
      assertThat(page.body()).as(hidden).doesNotContain("web-app");
    }

    for (String path : List.of("/account/password-resets", "/account/verifications/resend")) {
      HttpResponse<String> nul = http.post(base + path, "{\"email\":\"\\u0000\"}");
      assertThat(nul.statusCode()).as(path).isEqualTo(400);
      assertThat(
              Http.json(nul.body())
                  .getJsonObject("error")
                  .getJsonObject("details")
                  .getString("field"))
          .isEqualTo("email");
    }

    HttpResponse<String> basicNul =
        http.as("customer\u0000@" + shop.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD)
            .get(base + "/me");
    assertThat(basicNul.statusCode())
        .as("a login name with a NUL is a failed login")
        .isEqualTo(401);
    assertThat(Http.json(basicNul.body()).getJsonObject("error").getString("code")).isNotBlank();

    HttpResponse<String> audit = staff.get(base + "/admin/audit?actor=%00");
    assertThat(audit.statusCode()).isEqualTo(400);
    assertThat(staff.get(base + "/admin/audit?actor=%E2%80%AE").statusCode()).isEqualTo(200);
    HttpResponse<String> failedLogins = staff.get(base + "/admin/audit?action=login.failure");
    assertThat(failedLogins.body())
        .as("the failed login is recorded, but not what was typed, which is no address")
        .contains("not an e-mail address")
        .doesNotContain("customer[U+0000]")
        .doesNotContain("\\u0000");

    String seller = base + "/admin/seller";
    String before = staff.get(seller).body();
    for (String field : List.of("legalName", "address", "taxIds", "invoiceNote")) {
      for (String bad : List.of("\\u0000", "\\u0001", "\\u007f", "\\ud800")) {
        HttpResponse<String> put =
            staff.put(
                seller,
                "{\"legalName\":\"Acme\",\"address\":\"Street 1\",\"taxIds\":\"DE1\",\""
                    + field
                    + "\":\"x"
                    + bad
                    + "\"}");
        assertThat(put.statusCode()).as(field + bad).isEqualTo(400);
      }
    }
    HttpResponse<String> twoLineName =
        staff.put(seller, "{\"legalName\":\"Acme\\nEvil\",\"address\":\"Street 1\"}");
    assertThat(twoLineName.statusCode()).as("a name is one line").isEqualTo(400);
    assertThat(
            Http.json(twoLineName.body())
                .getJsonObject("error")
                .getJsonObject("details")
                .getString("field"))
        .isEqualTo("legalName");
    assertThat(staff.get(seller).body()).as("nothing was written").isEqualTo(before);

    String exotic =
        "{\"legalName\":\"\u202eAcme Zoë\",\"address\":\"Street 1\\r\\n10115\\tBerlin\",\"taxIds\":\"DE1\"}";
    assertThat(staff.put(seller, exotic).statusCode()).isEqualTo(200);
    JsonObject stored = Http.json(staff.get(seller).body());
    assertThat(stored.getString("legalName")).isEqualTo("\u202eAcme Zoë");
    assertThat(stored.getString("address")).isEqualTo("Street 1\r\n10115\tBerlin");

    HttpResponse<String> backup =
        customer
            .withHeader("Idempotency-Key", "probe-1")
            .post(base + "/servers/%201/backup", "{\"enabled\":true}");
    assertThat(backup.statusCode()).isEqualTo(404);
    assertThat(Http.json(backup.body()).getJsonObject("error").getString("code"))
        .isEqualTo("not_found");

    HttpResponse<String> expired =
        http.postForm(portal + "/login.xhtml", "login=login&jakarta.faces.ViewState=forged");
    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("Page expired").doesNotContain("Exception");
    for (String page : List.of("/login.xhtml", "/signup.xhtml", "/status.xhtml")) {
      HttpResponse<String> statelessGet =
          http.get(portal + page + "?jakarta.faces.ViewState=stateless");
      assertThat(statelessGet.statusCode()).as(page).isEqualTo(400);
      assertThat(statelessGet.body()).as(page).contains("Page expired").doesNotContain("Exception");
      HttpResponse<String> statelessPost =
          http.postForm(portal + page, "login=login&jakarta.faces.ViewState=stateless");
      assertThat(statelessPost.statusCode()).as(page).isEqualTo(400);
    }
    HttpResponse<String> expiredAjax =
        http.withHeader("Faces-Request", "partial/ajax")
            .postForm(
                portal + "/login.xhtml",
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=login"
                    + "&jakarta.faces.ViewState=forged");
    assertThat(expiredAjax.statusCode()).isLessThan(500);
    assertThat(expiredAjax.body())
        .contains("<redirect url=\"/" + portal + "/login.xhtml\"")
        .doesNotContain("Exception");
  }

  @Test
  void controlCharactersInPageFormsAreMessagesNotErrorPages() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("form"), BigDecimal.ZERO);
    String staffEmail = tenants.staffOf(shop);
    String portal = "t/" + shop.tenant().slug();
    Http browser = new Http(Http.localServer());

    HttpResponse<String> nulLogin =
        FacesLogin.login(
            browser,
            portal + "/login.xhtml",
            "staff\u0000@" + shop.tenant().slug() + ".test",
            TestTenants.STAFF_PASSWORD);
    assertThat(nulLogin.statusCode()).as("a failed login, not an error").isEqualTo(200);
    assertThat(nulLogin.body()).doesNotContain("Something went wrong");

    FacesLogin.login(browser, portal + "/login.xhtml", staffEmail, TestTenants.STAFF_PASSWORD);
    HttpResponse<String> filtered =
        FacesLogin.submit(
            browser,
            portal + "/admin/audit.xhtml",
            "audit",
            Map.of("action", "", "actor", "\u0000"),
            "search");
    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(filtered.body()).contains("actor may not contain U+0000");
  }

  private static byte[] jsonWithRawBytes(String field, byte[] raw) {
    byte[] head = ("{\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + raw.length + 2];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(raw, 0, body, head.length, raw.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';
    return body;
  }

  private static void assertRefusedAtTheEdge(Call call) {
    HttpResponse<String> response = call.send(JSON, new byte[0]);
    String what = call.method() + " " + call.path();
    assertThat(response.statusCode()).as(what).isEqualTo(400);
    JsonObject error = Http.json(response.body()).getJsonObject("error");
    assertThat(error.getString("code")).as(what).isEqualTo("invalid_input");
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

  private record Call(Http client, String method, String path) {
    Call at(String otherPath) {
      return new Call(client, method, otherPath);
    }

    HttpResponse<String> send(String type, byte[] body) {
      return client.raw(method, path, type, body);
    }
  }
}
