package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.application.Impersonations;
import io.brandcloud.it.EndpointTable.Endpoint;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff permission table, cell by cell, as the reseller guide states it: each staff role tries
 * one call that needs exactly that permission, and is let through (any answer but 403) or refused
 * (403). Then every staff endpoint of the API (as {@code /openapi} lists them, each named in {@code
 * staff-endpoints.txt} with the permission it needs) is called by every role: the edge only
 * authenticates, so each refusal here comes from the service the endpoint calls.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPermissionMatrixIT {

  /**
   * The reseller guide's table: what each staff role may do besides what every staff member may.
   */
  private static final Map<Role, Set<StaffPermission>> TABLE =
      Map.of(
          Role.TENANT_ADMIN,
          Set.of(StaffPermission.values()),
          Role.BILLING,
          Set.of(
              StaffPermission.CUSTOMERS_VIEW,
              StaffPermission.WALLETS_MANAGE,
              StaffPermission.AUDIT_VIEW,
              StaffPermission.FRAUD_REVIEW),
          Role.SUPPORT,
          Set.of(
              StaffPermission.CUSTOMERS_VIEW,
              StaffPermission.USERS_UNLOCK,
              StaffPermission.IMPERSONATE,
              StaffPermission.OUTBOX_VIEW,
              StaffPermission.SERVERS_MANAGE,
              StaffPermission.TICKETS_MANAGE,
              StaffPermission.CONTENT_MANAGE));

  @Inject TestTenants tenants;
  @EJB TenantSettings settings;
  @EJB Impersonations impersonations;

  private Fixture shop;
  private Http admin;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("matrix"), BigDecimal.TEN);
    shop.as(() -> settings.change(SettingsChange.apiRequestsPerMinute(10_000), "test"));
    admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void everyStaffRoleMayDoWhatTheTableSaysAndNothingElse() {
    Map<StaffPermission, Function<Http, HttpResponse<String>>> calls = calls();
    assertThat(calls.keySet())
        .as("every permission but impersonation (a page) is tried over the API")
        .containsExactlyInAnyOrderElementsOf(
            List.of(StaffPermission.values()).stream()
                .filter(p -> p != StaffPermission.IMPERSONATE)
                .toList());
    for (Role role : List.of(Role.TENANT_ADMIN, Role.BILLING, Role.SUPPORT)) {
      Http member = staffMember(role);
      for (Map.Entry<StaffPermission, Function<Http, HttpResponse<String>>> call :
          calls.entrySet()) {
        HttpResponse<String> answer = call.getValue().apply(member);
        String cell = role + " × " + call.getKey() + ": " + answer.body();
        if (TABLE.get(role).contains(call.getKey())) {
          assertThat(answer.statusCode()).as(cell).isNotEqualTo(403).isLessThan(500);
        } else {
          assertThat(answer.statusCode()).as(cell).isEqualTo(403);
        }
      }
      assertImpersonation(role);
    }
  }

  @Test
  void everyStaffEndpointIsRefusedToEachRoleWithoutItsPermission() {
    List<Endpoint> endpoints = EndpointTable.read("/staff-endpoints.txt");
    assertThat(endpoints.stream().map(Endpoint::operation))
        .as("staff-endpoints.txt names every staff endpoint /openapi lists, and no other")
        .containsExactlyInAnyOrderElementsOf(
            EndpointTable.operationsInTheApiDocument(admin, path -> path.startsWith("/admin/")));
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    // in this order: the admin last, so that what it is let through to change stands in no one's
    // way
    Map<Role, Http> callers = new LinkedHashMap<>();
    callers.put(Role.CUSTOMER, customer);
    for (Role role : List.of(Role.BILLING, Role.SUPPORT)) {
      callers.put(role, staffMember(role));
    }
    callers.put(Role.TENANT_ADMIN, admin);
    List<String> wrongCells = new ArrayList<>();
    callers.forEach(
        (role, http) ->
            wrongCells.addAll(
                EndpointTable.misanswered(
                    role.name(),
                    http,
                    endpoints,
                    endpoint -> role.may(StaffPermission.valueOf(endpoint.permission())),
                    this::concrete)));
    assertThat(wrongCells).as("cells answered against the table").isEmpty();
  }

  /** Fills a path's parameters with this shop's customer and user, or with what does not exist. */
  private String concrete(String path) {
    String filled =
        path.replace("/admin/customers/{id}", "/admin/customers/" + shop.customerId())
            .replace("/admin/users/{id}", "/admin/users/" + shop.userId())
            .replace("{type}", "invitation")
            .replace("{gateway}", "stripe")
            .replace("{language}", "en")
            .replace("{key}", "portal.dashboard.title")
            .replace("{discordUserId}", "123456789012345678")
            .replace("{kind}", "privacy")
            .replaceAll("\\{[a-zA-Z]+\\}", "999999");
    return api(filled);
  }

  private void assertImpersonation(Role role) {
    Caller member =
        new Caller(Caller.Kind.USER, role + "@matrix.test", 1L, role, Set.of(), false, false, null);
    Runnable begin =
        () ->
            shop.as(
                () ->
                    CurrentCaller.supplyAs(
                        member, () -> impersonations.begin(shop.userId(), shop.customerId())));
    if (TABLE.get(role).contains(StaffPermission.IMPERSONATE)) {
      assertThatCode(begin::run).as(role + " × IMPERSONATE").doesNotThrowAnyException();
    } else {
      assertThatThrownBy(begin::run)
          .as(role + " × IMPERSONATE")
          .isInstanceOfSatisfying(
              BrandcloudException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
  }

  /** One call per permission that needs exactly it. */
  private Map<StaffPermission, Function<Http, HttpResponse<String>>> calls() {
    String customer = "/admin/customers/" + shop.customerId();
    Map<StaffPermission, Function<Http, HttpResponse<String>>> calls =
        new EnumMap<>(StaffPermission.class);
    calls.put(StaffPermission.CUSTOMERS_VIEW, http -> http.get(api(customer + "/transactions")));
    calls.put(
        StaffPermission.WALLETS_MANAGE,
        http ->
            http.post(
                api(customer + "/credits"),
                "{\"amount\":\"1\",\"reason\":\"Matrix\",\"reference\":\"m-"
                    + System.nanoTime()
                    + "\"}"));
    calls.put(
        StaffPermission.USERS_UNLOCK,
        http -> http.post(api("/admin/users/" + shop.userId() + "/unlock"), ""));
    calls.put(
        StaffPermission.USERS_EDIT,
        http -> http.get(api("/admin/users/" + shop.userId() + "/email-changes")));
    calls.put(StaffPermission.AUDIT_VIEW, http -> http.get(api("/admin/audit")));
    calls.put(StaffPermission.OUTBOX_VIEW, http -> http.get(api("/admin/outbox")));
    calls.put(StaffPermission.FRAUD_REVIEW, http -> http.get(api("/admin/fraud/checks")));
    calls.put(
        StaffPermission.SETTINGS_MANAGE,
        http -> http.put(api("/admin/settings"), "{\"apiRequestsPerMinute\":10000}"));
    calls.put(StaffPermission.CATALOG_MANAGE, http -> http.get(api("/admin/plans")));
    calls.put(
        StaffPermission.SERVERS_MANAGE,
        http -> http.post(api("/admin/servers/999999/actions"), "{\"type\":\"reboot\"}"));
    calls.put(StaffPermission.TICKETS_MANAGE, http -> http.get(api("/admin/tickets")));
    calls.put(StaffPermission.CONTENT_MANAGE, http -> http.get(api("/admin/content/articles")));
    calls.put(StaffPermission.STAFF_MANAGE, http -> http.get(api("/admin/staff")));
    return calls;
  }

  private Http staffMember(Role role) {
    String email = role.group() + "@" + shop.tenant().slug() + ".test";
    HttpResponse<String> created =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"%s\",\"name\":\"Member\",\"role\":\"%s\"}"
                .formatted(email, role.group()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String password =
        Http.chooseOwnPassword(
            Http.localServer(),
            shop.tenant().slug(),
            email,
            Http.json(created.body()).getString("oneTimePassword"));
    return new Http(Http.localServer()).as(email, password);
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
