package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API keys end to end: created by a password login, shown once, stored hashed, limited to their
 * scopes on every endpoint, revocable; and the API's rate limit.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

  private static final List<String> ALL_CUSTOMER_SCOPES =
      List.of(
          "read:user",
          "read:servers",
          "write:servers",
          "read:billing",
          "write:billing",
          "read:tickets",
          "write:tickets");

  @Inject TestTenants tenants;

  private Fixture shop;
  private Http customer;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("keys"), new BigDecimal("10.00"));
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void aKeyIsShownOnceStoredHashedAndWorksUntilRevoked() {
    HttpResponse<String> created = createKey(customer, "laptop", List.of("read:servers"));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject body = json(created.body());
    String secret = body.getString("secret");
    String prefix = body.getJsonObject("key").getString("prefix");
    assertThat(secret).startsWith("bc_" + prefix + "_");

    Http key = new Http(Http.localServer()).bearer(secret);
    assertThat(key.get(api("/servers")).statusCode()).isEqualTo(200);

    String stored =
        shop.as(
            () ->
                (String)
                    tenants
                        .em()
                        .createNativeQuery("SELECT secret_hash FROM api_keys WHERE prefix = ?1")
                        .setParameter(1, prefix)
                        .getSingleResult());
    assertThat(stored).hasSize(64).doesNotContain(secret.substring(16));

    HttpResponse<String> listed = customer.get(api("/api-keys"));
    assertThat(listed.body()).contains(prefix).doesNotContain(secret);
    JsonObject entry = json(listed.body()).getJsonArray("data").getJsonObject(0);
    assertThat(entry.getString("lastUsedAt", null)).isNotNull();

    long id = entry.getJsonNumber("id").longValue();
    assertThat(customer.delete(api("/api-keys/" + id)).statusCode()).isEqualTo(200);
    HttpResponse<String> afterRevoke = key.get(api("/servers"));
    assertThat(afterRevoke.statusCode()).isEqualTo(401);
    assertThat(afterRevoke.body()).contains("\"code\":\"invalid_credentials\"");
    assertThat(key.get(api("/servers")).headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void revokingAllKeysStopsEveryOneAtOnceWhileAPasswordChangeLeavesThemWorking() {
    Http laptop =
        new Http(Http.localServer())
            .bearer(secretOf(createKey(customer, "laptop", List.of("read:servers"))));
    Http ci =
        new Http(Http.localServer())
            .bearer(secretOf(createKey(customer, "ci", List.of("read:servers"))));
    assertThat(laptop.get(api("/servers")).statusCode()).isEqualTo(200);
    assertThat(ci.get(api("/servers")).statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        customer.post(
            api("/account/password"),
            "{\"currentPassword\":\""
                + TestTenants.CUSTOMER_PASSWORD
                + "\",\"newPassword\":\"another-customer-password\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(laptop.get(api("/servers")).statusCode()).isEqualTo(200);

    Http owner = customer.as(TestTenants.customerEmail(shop), "another-customer-password");
    HttpResponse<String> revoked = owner.delete(api("/api-keys"));
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.body()).contains("\"revoked\":2");
    assertThat(laptop.get(api("/servers")).statusCode()).isEqualTo(401);
    assertThat(ci.get(api("/servers")).statusCode()).isEqualTo(401);
  }

  @Test
  void aKeyCannotManageKeysAndCustomersCannotGrantAdminScopes() {
    String secret = secretOf(createKey(customer, "all", ALL_CUSTOMER_SCOPES));
    Http key = new Http(Http.localServer()).bearer(secret);
    HttpResponse<String> minting = createKey(key, "more", List.of("read:user"));
    assertThat(minting.statusCode()).isEqualTo(403);
    assertThat(minting.body()).contains("interactive_login_required");

    HttpResponse<String> admin = createKey(customer, "admin", List.of("admin:*"));
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("\"code\":\"scope_not_allowed\"");
    HttpResponse<String> unknown = createKey(customer, "odd", List.of("root"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"code\":\"invalid_scope\"");
  }

  /** Every endpoint refuses a key that lacks its scope and serves one that has it. */
  @Test
  void everyEndpointChecksItsScope() {
    Map<String, String> customerEndpoints =
        Map.of(
            "/me",
            "read:user",
            "/servers",
            "read:servers",
            "/balance",
            "read:billing",
            "/transactions",
            "read:billing",
            "/transactions.csv",
            "read:billing",
            "/transactions.pdf",
            "read:billing",
            "/invoices",
            "read:billing",
            "/credit-notes",
            "read:billing",
            "/organisations",
            "read:user",
            "/organisations/" + shop.customerId() + "/members",
            "read:user");
    customerEndpoints.forEach(
        (path, scope) -> {
          Http without = keyWithout(customer, ALL_CUSTOMER_SCOPES, scope);
          HttpResponse<String> refused = without.get(api(path));
          assertThat(refused.statusCode()).as(path).isEqualTo(403);
          assertThat(refused.body()).as(path).contains("insufficient_scope").contains(scope);
          Http with = keyWith(customer, scope);
          assertThat(with.get(api(path)).statusCode()).as(path).isEqualTo(200);
        });
    Map<String, String> customerWrites =
        Map.of(
            "/servers",
            "{\"planId\":" + shop.planId() + ",\"hostname\":\"web-1\"}",
            "/servers/1/backup",
            "{\"enabled\":true}",
            "/servers/1/actions",
            "{\"type\":\"reboot\"}",
            "/servers/1/actions/1/password",
            "",
            "/servers/1/console",
            "");
    assertWritesNeed("write:servers", customer, customerWrites);
    for (String path : List.of("/servers/1/actions/1", "/servers/1/usage", "/plans")) {
      assertThat(
              keyWithout(customer, ALL_CUSTOMER_SCOPES, "read:servers").get(api(path)).statusCode())
          .as(path)
          .isEqualTo(403);
      assertThat(keyWith(customer, "read:servers").get(api(path)).statusCode())
          .as(path)
          .isNotEqualTo(403);
    }
    assertThat(
            keyWithout(customer, ALL_CUSTOMER_SCOPES, "write:servers")
                .delete(api("/servers/1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(keyWith(customer, "write:servers").delete(api("/servers/1")).statusCode())
        .isNotEqualTo(403);
    for (String path : List.of("/payment-methods", "/payments", "/payments/1")) {
      assertThat(
              keyWithout(customer, ALL_CUSTOMER_SCOPES, "read:billing").get(api(path)).statusCode())
          .as(path)
          .isEqualTo(403);
      assertThat(keyWith(customer, "read:billing").get(api(path)).statusCode())
          .as(path)
          .isNotEqualTo(403);
    }
    String topUp = "{\"gateway\":\"test\",\"amount\":\"25\"}";
    HttpResponse<String> noWrite =
        keyWithout(customer, ALL_CUSTOMER_SCOPES, "write:billing").post(api("/payments"), topUp);
    assertThat(noWrite.statusCode()).isEqualTo(403);
    assertThat(noWrite.body()).contains("write:billing");
    assertThat(keyWith(customer, "write:billing").post(api("/payments"), topUp).statusCode())
        .as("passes the scope check (then finds no payment method)")
        .isEqualTo(404);
    for (String path : List.of("/invoices/1", "/invoices/1/pdf", "/transactions/1")) {
      assertThat(
              keyWithout(customer, ALL_CUSTOMER_SCOPES, "read:billing").get(api(path)).statusCode())
          .as(path)
          .isEqualTo(403);
      assertThat(keyWith(customer, "read:billing").get(api(path)).statusCode())
          .as(path)
          .isNotEqualTo(403);
    }

    for (String path :
        List.of(
            "/tickets",
            "/tickets/departments",
            "/tickets/1",
            "/tickets/1/attachments/1",
            "/tickets/1/transcript.pdf")) {
      HttpResponse<String> refused =
          keyWithout(customer, ALL_CUSTOMER_SCOPES, "read:tickets").get(api(path));
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).contains("read:tickets");
      assertThat(keyWith(customer, "read:tickets").get(api(path)).statusCode())
          .as(path)
          .isNotEqualTo(403);
    }
    Map<String, String> ticketWrites =
        Map.of(
            "/tickets",
            "{\"subject\":\"Scoped\",\"body\":\"Written with a key\"}",
            "/tickets/1/replies",
            "{\"body\":\"More\"}",
            "/tickets/1/close",
            "",
            "/tickets/1/attachments?name=a.txt",
            "\"text\"");
    assertWritesNeed("write:tickets", customer, ticketWrites);

    List<String> staffScopes = List.of("read:user", "read:servers", "read:billing");
    for (String path :
        List.of(
            "/admin/customers",
            "/admin/customers/" + shop.customerId(),
            "/admin/customers/" + shop.customerId() + "/transactions",
            "/admin/settings",
            "/admin/audit",
            "/admin/outbox",
            "/admin/dead-letters",
            "/admin/staff",
            "/admin/plans",
            "/admin/servers",
            "/admin/connections",
            "/admin/reconciliation/drift",
            "/admin/reconciliation/unknown",
            "/admin/payments",
            "/admin/payment-gateways",
            "/admin/refunds",
            "/admin/disputes",
            "/admin/tickets",
            "/admin/support/departments",
            "/admin/support/canned-replies",
            "/admin/support/mailbox/received",
            "/admin/maintenance",
            "/admin/maintenance/bypasses",
            "/admin/content/articles",
            "/admin/content/categories",
            "/admin/legal/terms",
            "/admin/status/incidents")) {
      HttpResponse<String> refused = keyWithout(staff, staffScopes, "admin:*").get(api(path));
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(keyWith(staff, "admin:*").get(api(path)).statusCode()).as(path).isEqualTo(200);
    }
    HttpResponse<String> unlock =
        keyWithout(staff, staffScopes, "admin:*")
            .post(api("/admin/users/" + shop.userId() + "/unlock"), "");
    assertThat(unlock.statusCode()).isEqualTo(403);
    assertThat(
            keyWith(staff, "admin:*")
                .post(api("/admin/users/" + shop.userId() + "/unlock"), "")
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void onlyTheUserInPersonAcceptsTheShopsTerms() {
    HttpResponse<String> byKey =
        keyWith(customer, "read:user").post(api("/legal/acceptances"), "{\"accepted\":[1]}");
    assertThat(byKey.statusCode()).isEqualTo(403);
    assertThat(byKey.body()).contains("needs a password login");
    assertThat(keyWith(customer, "read:user").get(api("/legal/outstanding")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void meTellsWhoAndWithWhatTheCallerSpeaks() {
    JsonObject me = json(keyWith(customer, "read:user").get(api("/me")).body());
    assertThat(me.getString("email")).isEqualTo(TestTenants.customerEmail(shop));
    assertThat(me.getString("authenticatedBy")).isEqualTo("api_key");
    assertThat(me.getJsonArray("scopes").getString(0)).isEqualTo("read:user");
    assertThat(me.getJsonObject("tenant").getString("slug")).isEqualTo(shop.tenant().slug());
  }

  @Test
  void callersBeyondTheTenantsLimitWaitWithRetryAfter() {
    HttpResponse<String> changed =
        staff.put(api("/admin/settings"), "{\"apiRequestsPerMinute\":4}");
    assertThat(changed.statusCode()).isEqualTo(200);
    Http key = keyWith(customer, "read:servers");

    for (int i = 3; i >= 0; i--) {
      HttpResponse<String> ok = key.get(api("/servers"));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("X-RateLimit-Limit")).contains("4");
      assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).contains(Integer.toString(i));
    }
    HttpResponse<String> limited = key.get(api("/servers"));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("\"code\":\"rate_limited\"");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);

    assertThat(keyWith(customer, "read:servers").get(api("/servers")).statusCode())
        .as("another key has its own bucket")
        .isEqualTo(200);
    Http anonymous = new Http(Http.localServer());
    for (int i = 0; i < 4; i++) {
      assertThat(anonymous.get(api("/servers")).statusCode()).isEqualTo(401);
    }
    assertThat(anonymous.get(api("/servers")).statusCode()).isEqualTo(429);
  }

  @Test
  void listsComeInPages() {
    for (int i = 1; i <= 4; i++) {
      staff.post(
          api("/admin/customers/" + shop.customerId() + "/credits"),
          "{\"amount\":\"1\",\"reason\":\"gift " + i + "\",\"reference\":\"page-" + i + "\"}");
    }
    JsonObject page = json(customer.get(api("/transactions?page=2&limit=2")).body());
    assertThat(page.getJsonArray("data")).hasSize(2);
    JsonObject pagination = page.getJsonObject("pagination");
    assertThat(pagination.getInt("page")).isEqualTo(2);
    assertThat(pagination.getInt("total")).isEqualTo(5);
    assertThat(pagination.getInt("pages")).isEqualTo(3);
    assertThat(json(customer.get(api("/transactions?page=3&limit=2")).body()).getJsonArray("data"))
        .hasSize(1);
    assertThat(customer.get(api("/transactions?page=0")).statusCode()).isEqualTo(400);
    assertThat(customer.get(api("/transactions?limit=1000")).statusCode()).isEqualTo(400);
    assertThat(customer.get(api("/transactions?limit=abc")).statusCode()).isEqualTo(400);
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyIsCarriedOutOnce() {
    Http retrying = staff.withHeader("Idempotency-Key", "credit-7f3a");
    String credit = "{\"amount\":\"2.50\",\"reason\":\"Goodwill\",\"reference\":\"idem-1\"}";
    String path = api("/admin/customers/" + shop.customerId() + "/credits");
    HttpResponse<String> first = retrying.post(path, credit);
    HttpResponse<String> second = retrying.post(path, credit);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(
            json(customer.get(api("/balance")).body()).getJsonObject("balance").getString("amount"))
        .isEqualTo("12.5");

    HttpResponse<String> reused =
        retrying.post(path, credit.replace("2.50", "25.00").replace("idem-1", "idem-2"));
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.body()).contains("idempotency_key_reused");
    HttpResponse<String> secret =
        customer
            .withHeader("Idempotency-Key", "k1")
            .post(api("/api-keys"), "{\"name\":\"x\",\"scopes\":[\"read:user\"]}");
    assertThat(secret.statusCode()).isEqualTo(400);
    assertThat(secret.body()).contains("idempotency_not_supported");
  }

  private Http keyWith(Http owner, String scope) {
    return new Http(Http.localServer())
        .bearer(secretOf(createKey(owner, "with " + scope, List.of(scope))));
  }

  /**
   * Each write (path to body) is refused to a key with every scope but {@code scope}, naming it,
   * and passes the scope check with a key that has it (then fails on its own terms or not).
   */
  private void assertWritesNeed(String scope, Http customer, Map<String, String> writes) {
    writes.forEach(
        (path, body) -> {
          HttpResponse<String> refused =
              keyWithout(customer, ALL_CUSTOMER_SCOPES, scope).post(api(path), body);
          assertThat(refused.statusCode()).as(path).isEqualTo(403);
          assertThat(refused.body()).as(path).contains(scope);
          assertThat(keyWith(customer, scope).post(api(path), body).statusCode())
              .as(path + " passes the scope check")
              .isNotEqualTo(403);
        });
  }

  private Http keyWithout(Http owner, List<String> scopes, String missing) {
    List<String> others = scopes.stream().filter(s -> !s.equals(missing)).toList();
    return new Http(Http.localServer())
        .bearer(secretOf(createKey(owner, "without " + missing, others)));
  }

  private HttpResponse<String> createKey(Http owner, String name, List<String> scopes) {
    String list = String.join("\",\"", scopes);
    return owner.post(
        api("/api-keys"), "{\"name\":\"" + name + "\",\"scopes\":[\"" + list + "\"]}");
  }

  private static String secretOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).getString("secret");
  }

  private static JsonObject json(String body) {
    return Http.json(body);
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
