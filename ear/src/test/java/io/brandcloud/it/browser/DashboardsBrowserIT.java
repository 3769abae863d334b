package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three dashboards of the demo installation in Chromium, on a phone and on a desktop: the
 * reseller's (Acme's admin lands on it), the operators' (the operator lands on it) and the
 * customer's in German. None scrolls sideways; each leaves a screenshot. The reseller's follows the
 * tenant's changes live.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardsBrowserIT {

  @Test
  void theResellerDashboardOnAPhoneAndADesktop() {
    theResellerLandsOnTheirDashboard(Browser.PHONE);
    theResellerLandsOnTheirDashboard(Browser.DESKTOP);
  }

  @Test
  void thePlatformDashboardOnAPhoneAndADesktop() {
    theOperatorLandsOnThePlatformDashboard(Browser.PHONE);
    theOperatorLandsOnThePlatformDashboard(Browser.DESKTOP);
  }

  @Test
  void theOperatorCreatesATenantAndEditsItsName() {
    String slug = "made-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
      browser.logIn("platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
      browser.go("platform/index.xhtml");
      browser.click("#editor\\:save");
      assertThat(browser.text("#messages"))
          .as("an empty form names everything it lacks at once, not only the slug")
          .contains(
              "Give the tenant a slug",
              "Give the tenant its name",
              "Give the product name",
              "Give the first admin");
      browser
          .type("#editor\\:slug", slug)
          .type("#editor\\:name", "Made Here")
          .type("#editor\\:productName", "Made Cloud")
          .type("#editor\\:adminEmail", "admin@" + slug + ".test")
          .click("#editor\\:save");
      browser.waitForText("#tenants", slug);
      String shown = browser.text("#otp");
      assertThat(shown).as("the first admin's one-time password").hasSize(16);
      assertThat(browser.text("#handover")).contains("admin@" + slug + ".test", "Copy");
      browser.fitsTheWindow("platform-tenants");

      // lost before it was used: the operator issues another, the first void, and so is a login
      // with it that waits for the admin's own password
      try (Browser stale = Browser.open(Browser.PHONE, "en")) {
        stale.logIn("t/" + slug + "/login.xhtml", "admin@" + slug + ".test", shown);
        assertThat(stale.url()).contains("new-password");
        browser.script(
            "for (const row of document.querySelectorAll('#tenants tbody tr'))"
                + " if (row.textContent.includes(arguments[0]))"
                + " row.querySelector('[id$=\"reissue:button\"]').click();",
            slug);
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#messages", "A new one-time password for the first administrator");
        assertThat(browser.text("#otp")).hasSize(16).isNotEqualTo(shown);
        browser.fitsTheWindow("platform-reissued");
        stale
            .type("#choose\\:password", "a-password-of-mine")
            .type("#choose\\:repeated", "a-password-of-mine")
            .clickToLeave("#choose\\:submit");
        stale.waitForText("#messages", "wrong, used or expired");
      }

      // the row's own Edit button, among every tenant the other tests made
      browser.script(
          "for (const row of document.querySelectorAll('#tenants tbody tr'))"
              + " if (row.textContent.includes(arguments[0]))"
              + " row.querySelector('.bc-actions button').click();",
          slug);
      browser.waitForText("#editor h2", "Edit tenant");
      assertThat(browser.find("#editor\\:slug").getAttribute("value")).isEqualTo(slug);
      browser.type("#editor\\:name", "Made Here Renamed").click("#editor\\:save");
      browser.waitForText("#tenants", "Made Here Renamed");

      // a page at a time, and found by slug or name among however many there are
      browser.type("#tenants\\:search", "no-such-tenant-" + slug).click("#tenants\\:find");
      browser.waitForText("#tenants", "No tenant has that in its slug or name");
      browser.type("#tenants\\:search", "HERE RENAMED").click("#tenants\\:find");
      browser.waitForText("#tenants", slug);
    }
  }

  @Test
  void theCustomerDashboardInGermanOnAPhoneAndADesktop() {
    aCustomerReadsTheDashboardInGerman(Browser.PHONE);
    aCustomerReadsTheDashboardInGerman(Browser.DESKTOP);
  }

  @Test
  void aDarkBrandsPortalIsDark() {
    try (Browser browser = Browser.open(Browser.PHONE, "en")) {
      browser.logIn("t/globex/login.xhtml", "customer@globex.example", "globex-customer-demo");
      assertThat(browser.find("body").getAttribute("class")).contains("bc-dark");
      assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
          .isEqualTo("rgb(18, 20, 23)");
      browser.fitsTheWindow("customer-dashboard-dark");
    }
  }

  @Test
  void theApiReferenceIsTheTenantsAndShowsNoOperatorPaths() {
    try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
      browser.go("t/acme/api-docs.html");
      browser.waitForText("#reference", "Acme Cloud API");
      browser.waitForText("#reference", "/api/v1/account/language");
      // Swagger UI draws only the operations near the window, so the paths are read from its state
      String paths =
          (String)
              browser.script(
                  "return window.ui.specSelectors.specJson().get('paths').keySeq().join(' ');");
      assertThat(paths).contains("/api/v1/servers").contains("/api/v1/tickets");
      assertThat(paths).doesNotContain("/api/platform/");
      assertThat(browser.script("return document.title")).isEqualTo("Acme Cloud API");
      browser.screenshot("api-reference");
    }
  }

  private void theResellerLandsOnTheirDashboard(int width) {
    try (Browser browser = Browser.open(width, "en")) {
      browser.logIn("t/acme/login.xhtml", "admin@acme.example", "acme-admin-demo");
      browser.waitForUrl("/t/acme/admin/dashboard.xhtml");
      assertThat(Long.parseLong(browser.text("#customers"))).isPositive();
      assertThat(browser.text("#running")).matches("\\d+");
      assertThat(browser.all("#usage-chart canvas").size() + browser.all("#no-usage").size())
          .as("a chart of the charges, or what to do while there are none")
          .isEqualTo(1);
      browser.fitsTheWindow("reseller-dashboard");
      hearsTheTenantsChanges(browser);
    }
  }

  /**
   * The dashboard follows the tenant's changes over its push socket: a credit to a customer's
   * wallet redraws its figures, without a reload.
   */
  private static void hearsTheTenantsChanges(Browser browser) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> "open".equals(browser.script("return document.documentElement.dataset.push;")));
    browser.script(
        "window.bcSamePage = true; document.getElementById('customers').dataset.old = 1;");
    Http admin = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
    String customers = admin.get("t/acme/api/v1/admin/customers?limit=1").body();
    long organisation =
        Http.json(customers).getJsonArray("data").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> credit =
        admin.post(
            "t/acme/api/v1/admin/customers/" + organisation + "/credits",
            "{\"amount\":\"0.01\",\"reason\":\"live dashboard test\",\"reference\":\"live-"
                + UUID.randomUUID()
                + "\"}");
    assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Boolean.TRUE.equals(
                    browser.script(
                        "return window.bcSamePage === true"
                            + " && !document.getElementById('customers').dataset.old;")));
  }

  private void theOperatorLandsOnThePlatformDashboard(int width) {
    try (Browser browser = Browser.open(width, "en")) {
      browser.logIn("platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
      browser.waitForUrl("/platform/dashboard.xhtml");
      assertThat(browser.text("#tenants")).contains("active of");
      // paged by slug: which other tenants share the first page depends on the tests run before
      assertThat(browser.text("#per-tenant")).contains("acme").contains("Charged this month");
      assertThat(browser.text("#revenue"))
          .as("read only once asked for")
          .contains("Revenue per tenant", "Choose the days and Show");
      browser.click("#revenue\\:revenue-show");
      browser.waitForText("#revenue\\:revenue-tenants", "Paid in");
      assertThat(browser.find("#revenue\\:revenue-csv").getAttribute("href"))
          .contains("/api/platform/v1/reports/revenue.csv?from=");
      browser.fitsTheWindow("platform-dashboard");
      // set as the page sends it: typing opens the date picker's calendar over the form
      browser.script("document.getElementById('revenue:revenue-from_input').value = '2099-01-01'");
      browser.click("#revenue\\:revenue-show");
      assertThat(browser.text("#messages"))
          .contains("Choose a first day on or before the last day");
    }
  }

  private void aCustomerReadsTheDashboardInGerman(int width) {
    try (Browser browser = Browser.open(width, "de")) {
      browser.logIn("t/acme/login.xhtml", "customer@acme.example", "acme-customer-demo");
      assertThat(browser.text("h1")).isEqualTo("Übersicht");
      assertThat(browser.text("#overview")).contains("Guthaben").contains("laufen");
      assertThat(browser.text("#transfer"))
          .as("the month's transfer pool, with its bar")
          .contains("Datentransfer diesen Monat", "GB", "bis Monatsende");
      assertThat(browser.all("#transfer progress")).hasSize(1);
      browser.fitsTheWindow("customer-dashboard-de");
    }
  }
}
