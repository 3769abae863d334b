package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reseller's settings, staff and plans pages in Chromium on a phone and on a desktop: they fit
 * the window, firewall presets are added (a wrong line named by its number) and deleted, a new
 * staff member's one-time password is shown once, and removing a member asks first. Maintenance
 * mode from the settings page: the demo's Globex admin closes the portal (after a confirmation) and
 * makes a bypass link; a visitor on a phone meets the branded maintenance page with the admin's
 * words, and the link lets them in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesBrowserIT {

  @Test
  void settingsAndStaffOnAPhone() {
    settingsAndStaff(Browser.PHONE);
  }

  @Test
  void settingsAndStaffOnADesktop() {
    settingsAndStaff(Browser.DESKTOP);
  }

  private void settingsAndStaff(int width) {
    String email = "helper-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    try (Browser browser = Browser.open(width, "en")) {
      browser.logIn("admin@acme.example", "acme-admin-demo");

      browser.go("t/acme/admin/settings.xhtml");
      assertThat(browser.find("#settings\\:rate").getAttribute("value")).matches("\\d+");
      browser.fitsTheWindow("admin-settings");

      new Http(Http.testServer())
          .post("t/acme/api/v1/account/password-resets", "{\"email\":\"customer@acme.example\"}");
      browser.go("t/acme/admin/outbox.xhtml");
      assertThat(browser.text("#outbox\\:mails")).contains("customer@acme.example");
      assertThat(browser.find("#outbox\\:mails").getAttribute("innerHTML"))
          .as("staff read the mail, not its link")
          .doesNotContain("reset.xhtml?token=")
          .contains("\u2022\u2022\u2022\u2022");
      browser.fitsTheWindow("admin-outbox");

      browser.go("t/acme/admin/staff.xhtml");
      browser.type("#add\\:email", email).type("#add\\:name", "Helper").click("#add\\:submit");
      browser.waitForText("#members", email);
      assertThat(browser.text("#otp")).hasSizeGreaterThanOrEqualTo(12);
      browser.fitsTheWindow("admin-staff");

      String remove =
          (String)
              browser.script(
                  "return [...document.querySelectorAll('#members .bc-server')]"
                      + ".find(card => card.textContent.includes(arguments[0]))"
                      + ".querySelector('button[id$=\":remove:button\"]').id",
                  email);
      browser.click("[id='" + remove + "']");
      browser.find(".ui-confirm-dialog .ui-confirmdialog-no").click();
      assertThat(browser.text("#members")).contains(email);

      browser.click("[id='" + remove + "']");
      browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      browser.waitForText("#messages", "was removed");
      assertThat(browser.text("#members")).doesNotContain(email);
    }
  }

  @Test
  void anAdminKeepsFirewallPresetsOnThePlansPage() {
    for (String[] run : new String[][] {{"en", "phone"}, {"de", "desktop"}}) {
      String name = "Mail " + UUID.randomUUID().toString().substring(0, 6);
      try (Browser browser =
          Browser.open("phone".equals(run[1]) ? Browser.PHONE : Browser.DESKTOP, run[0])) {
        browser.logIn("admin@acme.example", "acme-admin-demo");
        browser.go("t/acme/admin/index.xhtml");
        assertThat(browser.text("#firewall-presets"))
            .contains("SSH only", "Web server", "tcp 22 0.0.0.0/0, ::/0");
        assertThat(browser.text("#apps")).contains("Nginx web server", "{{site_name}}", "Docker");
        assertThat(browser.find("#snapshot-price\\:price").getAttribute("value"))
            .as("the demo's snapshot price")
            .isEqualTo("0.06");
        browser.type("#firewall-preset\\:name", name);
        browser.type("#firewall-preset\\:rules", "tcp 25 0.0.0.0/0\nudp 53 10.0.0.5/8");
        browser.click("#firewall-preset\\:save");
        browser.waitForText("#messages", "10.0.0.5/8");
        assertThat(browser.text("#messages")).contains("2");
        browser.type("#firewall-preset\\:rules", "tcp 25 0.0.0.0/0\ntcp 587 0.0.0.0/0, ::/0");
        browser.click("#firewall-preset\\:save");
        browser.waitForText("#firewall-presets", name);
        assertThat(browser.text("#firewall-presets")).contains("tcp 587 0.0.0.0/0, ::/0");
        browser.fitsTheWindow("admin-plans-" + run[0]);
        browser.all("#firewall-presets .bc-server").stream()
            .filter(preset -> preset.getText().contains(name))
            .findFirst()
            .orElseThrow()
            .findElement(org.openqa.selenium.By.cssSelector("button.ui-button-danger"))
            .click();
        browser.click(".ui-confirmdialog-yes");
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(10))
            .until(() -> !browser.text("#firewall-presets").contains(name));
      }
    }
  }

  @AfterEach
  void globexOpensAgain() {
    new Http(Http.testServer())
        .as("admin@globex.example", "globex-admin-demo")
        .put("t/globex/api/v1/admin/maintenance", "{\"enabled\":false}");
    new Http(Http.testServer())
        .as("operator@brandcloud.local", "it-operator-password")
        .put("api/platform/v1/maintenance", "{\"enabled\":false}");
  }

  @Test
  void anOperatorClosesEveryPortalAndTheirBypassLinkOpensThemAll() {
    String link;
    try (Browser operator = Browser.open(Browser.DESKTOP, "en")) {
      operator.logIn("platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
      operator.go("platform/maintenance.xhtml");
      operator
          .type("#maintenance\\:message", "Upgrading the database servers.")
          .type("#maintenance\\:hours", "2")
          .click("#maintenance\\:start\\:button")
          .click(".ui-confirmdialog-yes");
      operator.waitForText("#maintenance-state", "Every portal is closed for maintenance");
      operator
          .type("#maintenance\\:bypassName", "Night shift")
          .click("#maintenance\\:createBypass");
      link = operator.text("#bypass-link");
      assertThat(link).contains("/maintenance-bypass?token=bcm_");
      assertThat(operator.text("#maintenance\\:link")).contains("opens every portal");
      operator.fitsTheWindow("platform-maintenance");
    }

    try (Browser visitor = Browser.open(Browser.PHONE, "de")) {
      visitor.go("t/acme/index.xhtml");
      assertThat(visitor.text("h1")).isEqualTo("Wartungsarbeiten");
      assertThat(visitor.text("main"))
          .contains("Upgrading the database servers.", "Wir planen, bis", "Statusseite");
      visitor.screenshot("maintenance-page-de");
      assertThat(visitor.horizontalOverflow()).isZero();
      visitor.go(link.substring(link.indexOf("t/")));
      assertThat(visitor.text("h1")).isNotEqualTo("Wartungsarbeiten");
      visitor.go("t/globex/index.xhtml");
      assertThat(visitor.text("h1"))
          .as("the platform's link opens the other portals too")
          .isNotEqualTo("Wartungsarbeiten");
    }
  }

  @Test
  void anAdminRewordsAPortalTextAndTakesItBack() {
    String words = "Start with a server " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
      browser.logIn("admin@acme.example", "acme-admin-demo");
      browser.go("t/acme/admin/texts.xhtml");
      browser.type("#find\\:words", "your first server").click("#find\\:search");
      browser.waitForText("#find\\:found", "Order your first server");
      assertThat(browser.text("#find\\:found"))
          .as("found by what it says and where, not by its key")
          .contains("Customer portal")
          .doesNotContain("portal.servers.emptyNext");
      browser.script(
          "for (const row of document.querySelectorAll('[id=\"find:found\"] tbody tr'))"
              + " if (row.textContent.includes('Order your first server'))"
              + " { row.querySelector('button').click(); break; }");
      browser.waitForText("#wording\\:default", "Order your first server");
      assertThat(browser.find("#wording\\:key").getAttribute("value"))
          .isEqualTo("portal.servers.emptyNext");
      browser.type("#wording\\:text", words).click("#wording\\:save");
      browser.waitForText("#reworded", words);
      browser.fitsTheWindow("admin-texts");

      browser.script(
          "for (const card of document.querySelectorAll('#reworded .bc-server'))"
              + " if (card.textContent.includes(arguments[0]))"
              + " card.querySelector('button').click();",
          words);
      browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .until(() -> !browser.text("#reworded").contains(words));
    }
  }

  @Test
  void theHandbookReadsOnAPhoneAndADesktop() {
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      try (Browser browser = Browser.open(width, "en")) {
        browser.go("docs");
        assertThat(browser.text("main h1")).isEqualTo("The Brandcloud handbook");
        browser.click("main a[href$='/docs/operators']");
        assertThat(browser.text("main h1")).isEqualTo("Operator guide");
        browser.fitsTheWindow("handbook-operators");
        browser.go("docs/api");
        browser.fitsTheWindow("handbook-api");
      }
    }
  }

  @Test
  void anAdminClosesThePortalAndABypassLinkLetsATesterIn() {
    String link;
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin
          .go("t/globex/login.xhtml")
          .type("#login\\:email", "admin@globex.example")
          .type("#login\\:password", "globex-admin-demo")
          .clickToLeave("#login\\:submit");
      admin.go("t/globex/admin/settings.xhtml");
      admin
          .type("#maintenance\\:message", "Moving to faster disks.")
          .type("#maintenance\\:hours", "2")
          .click("#maintenance\\:start\\:button")
          .click(".ui-confirmdialog-yes");
      admin.waitForText("#maintenance-state", "closed for maintenance");
      admin.type("#maintenance\\:bypassName", "Tester").click("#maintenance\\:createBypass");
      link = admin.text("#maintenance\\:link code");
      assertThat(link).contains("/t/globex/maintenance-bypass?token=bcm_");
      admin.screenshot("maintenance-settings");
    }

    try (Browser visitor = Browser.open(Browser.PHONE, "en")) {
      visitor.go("t/globex/index.xhtml");
      assertThat(visitor.text("h1")).isEqualTo("Down for maintenance");
      assertThat(visitor.text("main")).contains("Moving to faster disks.");
      visitor.screenshot("maintenance-page");
      assertThat(visitor.horizontalOverflow()).isZero();
      visitor.go(link.substring(link.indexOf("t/globex/")));
      assertThat(visitor.url()).contains("/t/globex/index.xhtml");
      assertThat(visitor.text("h1")).isNotEqualTo("Down for maintenance");
    }
  }
}
