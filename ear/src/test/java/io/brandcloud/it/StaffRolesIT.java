package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.BrandcloudException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reseller staff roles: admins add staff; billing moves money, support unlocks and helps. */
@ExtendWith(ArquillianExtension.class)
class StaffRolesIT {

  @Inject TestTenants tenants;
  @jakarta.ejb.EJB UserAccounts accounts;

  private Fixture shop;
  private Http http;
  private Http admin;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("staff"), BigDecimal.TEN);
    http = new Http(Http.localServer());
    admin = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void billingMovesMoneyButNeitherUnlocksNorChangesSettings() {
    Http billing = add("billing@staff.test", "billing");
    String credit = "{\"amount\":\"5\",\"reason\":\"Goodwill\",\"reference\":\"b-1\"}";
    assertThat(
            billing
                .post(api("/admin/customers/" + shop.customerId() + "/credits"), credit)
                .statusCode())
        .isEqualTo(200);
    assertThat(billing.get(api("/admin/audit")).statusCode()).isEqualTo(200);
    assertThat(billing.post(api("/admin/users/" + shop.userId() + "/unlock"), "").statusCode())
        .isEqualTo(403);
    assertThat(billing.put(api("/admin/settings"), "{\"apiRequestsPerMinute\":5}").statusCode())
        .isEqualTo(403);
    assertThat(billing.get(api("/admin/staff")).statusCode()).isEqualTo(403);
  }

  @Test
  void supportUnlocksAndSeesMailButMovesNoMoney() {
    Http support = add("support@staff.test", "support");
    assertThat(support.post(api("/admin/users/" + shop.userId() + "/unlock"), "").statusCode())
        .isEqualTo(204);
    assertThat(support.get(api("/admin/outbox")).statusCode()).isEqualTo(200);
    assertThat(support.get(api("/admin/dead-letters")).statusCode()).isEqualTo(200);
    assertThat(support.post(api("/admin/dead-letters/1/retry"), "").statusCode())
        .as("retrying is for admins")
        .isEqualTo(403);
    String credit = "{\"amount\":\"5\",\"reason\":\"Oops\",\"reference\":\"s-1\"}";
    assertThat(
            support
                .post(api("/admin/customers/" + shop.customerId() + "/credits"), credit)
                .statusCode())
        .isEqualTo(403);

    Http browser = new Http(http.base());
    HttpResponse<String> login =
        FacesLogin.login(browser, page("/login.xhtml"), "support@staff.test", password);
    assertThat(login.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/dashboard.xhtml");
    HttpResponse<String> customers = browser.get(page("/admin/customers.xhtml"));
    assertThat(customers.statusCode()).isEqualTo(200);
    assertThat(customers.body())
        .as("no link to a page support cannot open")
        .doesNotContain("/admin/reports.xhtml");
    assertThat(browser.get(page("/admin/index.xhtml")).statusCode()).isEqualTo(403);
    assertThat(customers.body())
        .as("fraud review is for billing staff")
        .doesNotContain("/admin/fraud.xhtml");
    assertThat(browser.get(page("/admin/fraud.xhtml")).statusCode()).isEqualTo(403);
    assertThat(support.get(api("/admin/fraud/checks")).statusCode()).isEqualTo(403);
    assertThat(browser.get(page("/admin/reports.xhtml")).statusCode())
        .as("what customers owe is for billing staff")
        .isEqualTo(403);
    assertThat(support.get(api("/admin/reports/receivables")).statusCode()).isEqualTo(403);
    for (String pages :
        new String[] {"/admin/content.xhtml", "/admin/article.xhtml", "/admin/status.xhtml"}) {
      assertThat(browser.get(page(pages)).statusCode()).as("support writes pages").isEqualTo(200);
    }
  }

  @Test
  void onlyAdminsAddStaffAndTheListShowsRoles() {
    add("billing@staff.test", "billing");
    HttpResponse<String> bad =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"x@staff.test\",\"name\":\"X\",\"role\":\"customer\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(admin.get(api("/admin/staff")).body())
        .contains("\"role\":\"billing\"")
        .contains("\"role\":\"tenant-admin\"");
    assertThat(admin.get(api("/admin/audit?action=staff.created")).body())
        .contains("billing@staff.test");
  }

  @Test
  void anotherRoleCountsAtOnceBecauseTheMembersSessionsEnd() {
    Http support = add("support@staff.test", "support");
    Http browser = new Http(http.base());
    FacesLogin.login(browser, page("/login.xhtml"), "support@staff.test", password);
    assertThat(browser.get(page("/admin/outbox.xhtml")).statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        admin.put(api("/admin/staff/" + idOf("support@staff.test")), "{\"role\":\"billing\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"role\":\"billing\"");
    assertThat(browser.get(page("/admin/outbox.xhtml")).statusCode())
        .as("the support session ended")
        .isEqualTo(302);
    assertThat(support.get(api("/admin/outbox")).statusCode()).isEqualTo(403);
    String credit = "{\"amount\":\"5\",\"reason\":\"Goodwill\",\"reference\":\"r-1\"}";
    assertThat(
            support
                .post(api("/admin/customers/" + shop.customerId() + "/credits"), credit)
                .statusCode())
        .isEqualTo(200);
    assertThat(admin.get(api("/admin/audit?action=staff.role_changed")).body())
        .contains("support@staff.test: support to billing");
  }

  @Test
  void aRemovedMemberCanNoLongerLogInAndIsGoneFromTheList() {
    Http support = add("support@staff.test", "support");
    assertThat(support.get(api("/me")).statusCode()).isEqualTo(200);

    assertThat(admin.delete(api("/admin/staff/" + idOf("support@staff.test"))).statusCode())
        .isEqualTo(204);

    assertThat(support.get(api("/me")).statusCode()).isEqualTo(401);
    assertThat(admin.get(api("/admin/staff")).body()).doesNotContain("support@staff.test");
    assertThat(admin.get(api("/admin/audit?action=staff.removed")).body())
        .contains("support@staff.test");
  }

  @Test
  void nobodyChangesOrRemovesThemselvesTheLastAdminStaysAndCustomersAreNotStaff() {
    long self = idOf("staff@" + shop.tenant().slug() + ".test");
    assertThat(admin.delete(api("/admin/staff/" + self)).statusCode()).isEqualTo(409);
    assertThat(admin.put(api("/admin/staff/" + self), "{\"role\":\"support\"}").statusCode())
        .isEqualTo(409);
    assertThat(admin.delete(api("/admin/staff/" + shop.userId())).statusCode()).isEqualTo(404);
    assertThat(
            admin
                .put(
                    api("/admin/staff/" + idOf("admin@" + shop.tenant().slug() + ".test")),
                    "{\"role\":\"customer\"}")
                .statusCode())
        .isEqualTo(400);

    assertThat(
            admin
                .delete(api("/admin/staff/" + idOf("admin@" + shop.tenant().slug() + ".test")))
                .statusCode())
        .isEqualTo(204);
    BrandcloudException lastAdmin =
        org.junit.jupiter.api.Assertions.assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        CurrentCaller.supplyAs(
                            Caller.operator("operator@brandcloud.local"),
                            () -> {
                              accounts.removeStaff(self, "operator@brandcloud.local");
                              return null;
                            })));
    assertThat(lastAdmin.getMessage()).contains("at least one admin");
  }

  private long idOf(String email) {
    for (jakarta.json.JsonObject member :
        Http.jsonArray(admin.get(api("/admin/staff")).body())
            .getValuesAs(jakarta.json.JsonObject.class)) {
      if (member.getString("email").equals(email)) {
        return member.getJsonNumber("id").longValue();
      }
    }
    throw new AssertionError(email + " is not staff");
  }

  private String password;

  private Http add(String email, String role) {
    HttpResponse<String> created =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"" + email + "\",\"name\":\"Staff\",\"role\":\"" + role + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    password =
        Http.chooseOwnPassword(
            Http.localServer(),
            shop.tenant().slug(),
            email,
            Http.json(created.body()).getString("oneTimePassword"));
    return http.as(email, password);
  }

  private String page(String path) {
    return "t/" + shop.tenant().slug() + path;
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
