package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant admin acts as a customer from the Customers page: the portal shows a banner and the way
 * back, credentials stay the customer's, and every step is audited as "admin as customer".
 */
@ExtendWith(ArquillianExtension.class)
class ImpersonationIT {

  private static final String REGION = "sim-ams1";
  private static final String IMAGE = "debian-12";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Inject TestTenants tenants;

  @Test
  void anAdminActsAsACustomerVisiblyAndEveryStepIsAudited() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("imp"), new BigDecimal("20.00"));
    String staffEmail = tenants.staffOf(shop);
    String customerEmail = TestTenants.customerEmail(shop);
    String base = "t/" + shop.tenant().slug();
    Http browser = new Http(Http.localServer());
    FacesLogin.login(browser, base + "/login.xhtml", staffEmail, TestTenants.STAFF_PASSWORD);

    HttpResponse<String> acted =
        submit(
            browser, base + "/admin/customers.xhtml", "people", "people:customers:table:0:actAs");
    assertThat(acted.statusCode()).isEqualTo(302);
    HttpResponse<String> portal = browser.get(base + "/portal/index.xhtml");
    assertThat(portal.statusCode()).isEqualTo(200);
    assertThat(portal.body()).contains("You are acting as").contains(staffEmail);

    HttpResponse<String> order =
        browser.post(
            base + "/api/v1/servers",
            "{\"planId\":"
                + shop.planId()
                + ",\"hostname\":\"helped-1\",\"region\":\""
                + REGION
                + "\",\"image\":\""
                + IMAGE
                + "\"}");
    assertThat(order.statusCode()).isEqualTo(201);
    HttpResponse<String> password =
        browser.post(
            base + "/api/v1/account/password",
            "{\"currentPassword\":\"x\",\"newPassword\":\"yyyyyyyyyyyy\"}");
    assertThat(password.statusCode()).isEqualTo(403);
    assertThat(password.body()).contains("not_while_impersonating");
    long server = Http.json(order.body()).getJsonNumber("id").longValue();
    HttpResponse<String> rootPassword =
        browser.post(base + "/api/v1/servers/" + server + "/actions/1/password", "");
    assertThat(rootPassword.statusCode())
        .as("the customer's root password is theirs alone")
        .isEqualTo(403);
    assertThat(rootPassword.body()).contains("not_while_impersonating");
    HttpResponse<String> plantedKey =
        browser.post(
            base + "/api/v1/ssh-keys",
            "{\"name\":\"laptop\",\"publicKey\":\"" + TestSshKeys.LAPTOP + "\"}");
    assertThat(plantedKey.statusCode())
        .as("a key staff add would let them in as root")
        .isEqualTo(403);
    assertThat(plantedKey.body()).contains("not_while_impersonating");
    HttpResponse<String> acceptedFor =
        browser.post(base + "/api/v1/legal/acceptances", "{\"accepted\":[1]}");
    assertThat(acceptedFor.statusCode())
        .as("only the customer accepts the shop's terms")
        .isEqualTo(403);
    assertThat(acceptedFor.body()).contains("not_while_impersonating");
    assertThat(browser.post(base + "/api/v1/push/tickets", "").statusCode())
        .as("the portal's own push socket, opened as pages do")
        .isLessThan(300);
    HttpResponse<String> theirMail = browser.get(base + "/api/v1/account/mail");
    assertThat(theirMail.statusCode()).as("their mail may open their account").isEqualTo(403);
    assertThat(theirMail.body()).contains("not_while_impersonating");
    assertThat(browser.get(base + "/account.xhtml").body()).doesNotContain("own-mail");
    assertThat(browser.get(base + "/admin/customers.xhtml").statusCode())
        .as("no admin pages while acting as a customer")
        .isEqualTo(403);

    HttpResponse<String> back =
        submit(
            browser,
            base + "/portal/index.xhtml",
            "impersonation-banner",
            "impersonation-banner:back");
    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(browser.get(base + "/admin/customers.xhtml").statusCode()).isEqualTo(200);

    String audit = http(staffEmail).get(base + "/api/v1/admin/audit?action=impersonation").body();
    assertThat(audit)
        .contains("impersonation.started")
        .contains("impersonation.ended")
        .contains(staffEmail + " as " + customerEmail)
        .contains("POST /api/v1/servers")
        .as("a page's action by the button that took it")
        .contains("POST /portal/index.xhtml impersonation-banner:back")
        .as("what the person did, not what the page does by itself")
        .doesNotContain("/api/v1/push/");
  }

  private static Http http(String staffEmail) {
    return new Http(Http.localServer()).as(staffEmail, TestTenants.STAFF_PASSWORD);
  }

  private static HttpResponse<String> submit(
      Http browser, String page, String form, String button) {
    HttpResponse<String> view = browser.get(page);
    Matcher state = VIEW_STATE.matcher(view.body());
    assertThat(state.find()).as("view state on " + page).isTrue();
    String body =
        encode(form)
            + "="
            + encode(form)
            + "&"
            + encode(button)
            + "=&jakarta.faces.ViewState="
            + encode(state.group(1))
            + "&primefaces.nonce="
            + encode(FacesLogin.nonce(view));
    return browser.postForm(page, body);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
