package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Permission;
import io.brandcloud.access.Scope;
import io.brandcloud.it.EndpointTable.Endpoint;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint a customer uses inside an organisation (as {@code /openapi} lists them under the
 * servers, plans, billing, payments, tickets and webhook resources, each named in {@code
 * member-endpoints.txt} with the organisation permission it needs) is called by members of several
 * roles and by an API key with one scope: each is refused (403) exactly where the role or the key
 * does not cover the permission. The edge only finds the organisation the caller acts in, so each
 * refusal comes from the service the endpoint calls.
 */
@ExtendWith(ArquillianExtension.class)
class MemberPermissionMatrixIT {

  private static final List<String> ORGANISATION_RESOURCES =
      List.of(
          "/servers",
          "/plans",
          "/products",
          "/subscriptions",
          "/balance",
          "/transactions",
          "/invoices",
          "/credit-notes",
          "/billing-details",
          "/payment-methods",
          "/payments",
          "/auto-top-up",
          "/tickets",
          "/ssh-keys",
          "/firewall-presets",
          "/apps",
          "/transfer",
          "/webhook-endpoints",
          "/exports",
          "/activity");

  @Inject TestTenants tenants;
  @EJB TenantSettings settings;

  @Test
  void everyOrganisationEndpointIsRefusedToEachRoleWithoutItsPermission() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("members"), BigDecimal.TEN);
    shop.as(() -> settings.change(SettingsChange.apiRequestsPerMinute(10_000), "test"));
    Http owner =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    List<Endpoint> endpoints = EndpointTable.read("/member-endpoints.txt");
    assertThat(endpoints.stream().map(Endpoint::operation))
        .as("member-endpoints.txt names every endpoint of these resources /openapi lists")
        .containsExactlyInAnyOrderElementsOf(
            EndpointTable.operationsInTheApiDocument(
                owner,
                path ->
                    ORGANISATION_RESOURCES.stream()
                        .anyMatch(
                            r ->
                                path.equals(r)
                                    || path.startsWith(r + "/")
                                    || path.startsWith(r + "."))));

    long membersOnly = tenants.customRole(shop, "Members only", "members:manage");
    Map<String, Caller> callers = new LinkedHashMap<>();
    callers.put(
        "viewer",
        member(
            shop,
            "viewer",
            null,
            Set.of(Permission.SERVERS_VIEW, Permission.BILLING_VIEW, Permission.TICKETS_VIEW)));
    callers.put(
        "member",
        member(
            shop,
            "member",
            null,
            EnumSet.complementOf(
                EnumSet.of(
                    Permission.SERVERS_DELETE,
                    Permission.BILLING_MANAGE,
                    Permission.MEMBERS_MANAGE,
                    Permission.SETTINGS_MANAGE))));
    callers.put(
        "custom role managing members only",
        member(shop, "custom", membersOnly, Set.of(Permission.MEMBERS_MANAGE)));
    callers.put("key with read:servers", readServersKey(shop, owner));
    // the owner last: what it is let through to change must not stand in the others' way
    callers.put("owner", new Caller(owner, EnumSet.allOf(Permission.class)));

    List<String> wrongCells = new ArrayList<>();
    callers.forEach(
        (name, caller) ->
            wrongCells.addAll(
                EndpointTable.misanswered(
                    name,
                    caller.http(),
                    endpoints,
                    endpoint -> caller.may().contains(Permission.valueOf(endpoint.permission())),
                    path -> concrete(shop, path))));
    assertThat(wrongCells).as("cells answered against the table").isEmpty();
  }

  /** Who calls, and which permissions the table says they hold. */
  private record Caller(Http http, Set<Permission> may) {}

  private Caller member(Fixture shop, String role, Long customRole, Set<Permission> may) {
    String email = role.replace(' ', '-') + "@" + shop.tenant().slug() + ".test";
    tenants.memberOf(shop, email, role, customRole);
    Http http = new Http(Http.localServer()).as(email, TestTenants.MEMBER_PASSWORD);
    HttpResponse<String> activated =
        http.post(api(shop, "/organisations/" + shop.customerId() + "/activate"), "");
    assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
    return new Caller(http, may.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(may));
  }

  /** The owner's key that may only read servers: the scope refuses what the role would allow. */
  private Caller readServersKey(Fixture shop, Http owner) {
    HttpResponse<String> created =
        owner.post(
            api(shop, "/api-keys"),
            "{\"name\":\"matrix\",\"scopes\":[\"" + Scope.READ_SERVERS.wireName() + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Http key = new Http(Http.localServer()).bearer(Http.json(created.body()).getString("secret"));
    return new Caller(key, EnumSet.of(Permission.SERVERS_VIEW));
  }

  /** Fills a path's parameters with what does not exist: the check comes before the lookup. */
  private static String concrete(Fixture shop, String path) {
    return api(shop, path.replaceAll("\\{[a-zA-Z]+\\}", "999999"));
  }

  private static String api(Fixture shop, String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
