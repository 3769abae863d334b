package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server page of Acme's demo customer in Chromium: reached from the dashboard, it reboots the
 * server after a confirmation and shows how it went, draws the usage graphs and shows the build's
 * root password once, opens the server's console and types into it, restores a backup once its name
 * is typed, takes a snapshot and deletes it, adds a volume and deletes it, gives it a firewall; an
 * SSH key saved, offered on the order form and deleted; the reseller's provider connections and
 * reconciliation pages. No page scrolls sideways on a phone or a desktop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerPagesBrowserIT {

  @Test
  void aCustomerRebootsTheirServerOnAPhone() {
    try (Browser browser = customerOnTheServerPage(Browser.PHONE)) {
      browser.click("#power\\:reboot\\:button");
      browser.click(".ui-confirmdialog-yes");
      browser.waitForText("#actions\\:action\\:0\\:entry", "Reboot");
      browser.waitForText("#actions\\:action\\:0\\:entry", "Done");
      assertThat(browser.text("#status")).contains("Running");
      assertThat(browser.text(".bc-server-facts"))
          .as("names, not codes")
          .doesNotContain("sim-ams1");
      assertThat(
              browser.script("return document.getElementById('address').getClientRects().length"))
          .as("the IPv4 address on one line, not broken in the middle")
          .isEqualTo(1L);
      assertThat(browser.all("button[data-copy=address]")).as("and copied with a tap").hasSize(1);
      assertThat(
              browser.script(
                  "const name = document.querySelector('header .bc-product');"
                      + " const menu = document.querySelector('.bc-menu-button');"
                      + " return name.scrollWidth <= name.clientWidth"
                      + " && name.getBoundingClientRect().right"
                      + " <= menu.getBoundingClientRect().left;"))
          .as("the product name whole beside the logo, clear of the menu button")
          .isEqualTo(true);
      browser.fitsTheWindow("server-page");
    }
  }

  @Test
  void aCustomerRestoresABackupOnlyAfterTypingTheServersName() {
    for (String[] run : new String[][] {{"de", "phone"}, {"en", "desktop"}}) {
      int width = "phone".equals(run[1]) ? Browser.PHONE : Browser.DESKTOP;
      String restoreAction = "de".equals(run[0]) ? "Backup wiederherstellen" : "Restore a backup";
      try (Browser browser = customerOnTheServerPage(width, run[0])) {
        browser.click("#tab-link-backups");
        // right after a fresh deployment the demo server's backups may still be being switched on
        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(
                () ->
                    assertThat(browser.all("#backup-list .bc-server"))
                        .as("the demo's first backup")
                        .isNotEmpty());
        assertThat(browser.all("#backup-switch\\:off\\:button")).as("and a way out").hasSize(1);
        browser.fitsTheWindow("server-backups-" + run[0]);
        long restoresBefore = restores(browser, restoreAction);
        browser.type("#restore\\:name", "acme-web");
        browser.click("#restore\\:go");
        browser.waitForText("#messages", "acme-web-1");
        assertThat(restores(browser, restoreAction)).as("nothing asked").isEqualTo(restoresBefore);
        browser.type("#restore\\:name", "acme-web-1");
        browser.click("#restore\\:go");
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> restores(browser, restoreAction) == restoresBefore + 1);
        assertThat(browser.text("#actions\\:action\\:0\\:entry"))
            .contains(restoreAction)
            .as("the backup by its time, not its id")
            .doesNotContain("sim-backup");
        browser.waitForText(
            "#actions\\:action\\:0\\:entry", "de".equals(run[0]) ? "Erledigt" : "Done");
        if ("en".equals(run[0])) {
          browser.click("#backup-switch\\:now\\:button");
          browser.click(".ui-confirmdialog-yes");
          browser.waitForText("#actions\\:action\\:0\\:entry", "Take a backup");
          browser.waitForText("#backup-list", "acme-web-1-");
          browser.fitsTheWindow("server-backup-now-en");
        }
      }
    }
  }

  @Test
  void aCustomerTakesASnapshotOnAPhoneAndDeletesItOnADesktop() {
    try (Browser browser = customerOnTheServerPage(Browser.PHONE, "de")) {
      browser.click("#tab-link-backups");
      assertThat(browser.text("#snapshots")).contains("je GB und Monat");
      browser.click("#snapshot-take\\:take");
      browser.waitForText("#snapshot-list", "acme-web-1-");
      assertThat(browser.text("#snapshot-list")).contains("GB", "im Monat");
      browser.fitsTheWindow("server-snapshots-de");
    }
    try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
      browser.logIn("customer@acme.example", "acme-customer-demo");
      browser.go("t/acme/portal/order.xhtml");
      assertThat(browser.text("#order\\:snapshot"))
          .as("a new server can be built from it")
          .contains("freshly installed", "acme-web-1-");
      browser.fitsTheWindow("order-from-snapshot-en");
    }
    try (Browser browser = customerOnTheServerPage(Browser.DESKTOP, "en")) {
      browser.click("#tab-link-backups");
      assertThat(browser.all("#snapshot-list .bc-server")).hasSize(1);
      browser.fitsTheWindow("server-snapshots-en");
      browser.click("#snapshot-list\\:snapshot\\:0\\:delete");
      browser.click(".ui-confirmdialog-yes");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.all("#snapshot-list .bc-server").isEmpty());
      assertThat(browser.text("#actions\\:action\\:0\\:entry"))
          .contains("Delete a snapshot", "acme-web-1-")
          .as("the snapshot by its name, not its id")
          .doesNotContain("sim-snap");
    }
  }

  @Test
  void aCustomerAddsAVolumeOnAPhoneAndDeletesItOnADesktop() {
    try (Browser browser = customerOnTheServerPage(Browser.PHONE, "de")) {
      browser.click("#tab-link-volumes");
      assertThat(browser.text("#volumes")).contains("je GB und Monat", "Noch keine Volumes");
      browser.type("#volume-create\\:name", "daten");
      browser.type("#volume-create\\:size", "10");
      browser.fitsTheWindow("server-volume-add-de");
      browser.click("#volume-create\\:create");
      browser.waitForText("#volume-list", "daten");
      browser.waitForText("#volume-list", "Angebunden");
      assertThat(browser.text("#volume-list")).contains("10 GB", "im Monat");
      browser.fitsTheWindow("server-volumes-de");
    }
    try (Browser browser = customerOnTheServerPage(Browser.DESKTOP, "en")) {
      browser.click("#tab-link-volumes");
      assertThat(browser.all("#volume-list .bc-server")).hasSize(1);
      browser.type("#volume-grow\\:to", "10");
      browser.click("#volume-grow\\:grow");
      browser.waitForText("#messages", "only grows");
      browser.fitsTheWindow("server-volumes-en");
      browser.click("#volume-list\\:volume\\:0\\:delete");
      browser.click(".ui-confirmdialog-yes");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.all("#volume-list .bc-server").isEmpty());
      assertThat(browser.text("#actions\\:action\\:0\\:entry"))
          .contains("Delete a volume", "daten")
          .as("the volume by its name, not its id")
          .doesNotContainPattern("· \\d");
    }
  }

  @Test
  void aCustomerGivesTheServerAFirewallFromAPresetOnAPhoneAndRemovesItOnADesktop() {
    try (Browser browser = customerOnTheServerPage(Browser.PHONE, "de")) {
      browser.click("#tab-link-firewall");
      assertThat(browser.text("#firewall")).contains("Keine Firewall");
      browser.choose("#firewall-edit\\:preset", "Web server");
      browser.click("#firewall-edit\\:use-preset");
      assertThat(rules(browser)).as("the preset's four rules, to change first").isEqualTo(4);
      browser.click("#firewall-edit\\:row\\:3\\:remove");
      assertThat(rules(browser)).isEqualTo(3);
      browser.type("#firewall-edit\\:row\\:0\\:sources", "203.0.113.0/24, 2001:db8::/32");
      browser.fitsTheWindow("server-firewall-edit-de");
      browser.click("#firewall-edit\\:apply");
      browser.waitForText("#firewall-applied", "203.0.113.0/24");
      assertThat(browser.text("#firewall-applied")).contains("TCP \u00b7 443", "von allen");
      assertThat(browser.text("#actions\\:action\\:0\\:entry")).contains("Firewall", "3 Regeln");
      browser.fitsTheWindow("server-firewall-de");
    }
    try (Browser browser = customerOnTheServerPage(Browser.DESKTOP, "en")) {
      browser.click("#tab-link-firewall");
      assertThat(browser.all("#firewall-applied .bc-server")).hasSize(3);
      browser.fitsTheWindow("server-firewall-en");
      browser.type("#firewall-edit\\:row\\:1\\:sources", "10.0.0.5/8");
      browser.click("#firewall-edit\\:apply");
      browser.waitForText("#messages", "10.0.0.5/8 is not where a network starts");
      for (int left = 3; left > 0; left--) {
        browser.click("#firewall-edit\\:row\\:0\\:remove");
      }
      assertThat(rules(browser)).isZero();
      browser.click("#firewall-edit\\:apply");
      browser.waitForText("#firewall-applied", "No firewall");
      assertThat(browser.text("#actions\\:action\\:0\\:entry")).contains("no firewall");
    }
  }

  @Test
  void theOrderFormAsksTheChosenAppsFieldsOnAPhone() {
    try (Browser browser = Browser.open(Browser.PHONE, "de")) {
      browser.logIn("customer@acme.example", "acme-customer-demo");
      browser.go("t/acme/portal/order.xhtml");
      assertThat(browser.text("#order\\:plans"))
          .as(
              "the plans as cards: the server, its transfer from the provider's catalog, the prices")
          .contains("Standard 2 GB", "2 vCPU", "2 TB Datentransfer im Monat", "/Monat", "/Stunde");
      assertThat(browser.all("#order\\:plans .ui-radiobutton-box.ui-state-active"))
          .as("the first plan chosen")
          .hasSize(1);
      assertThat(browser.all("#order\\:field\\:0\\:answer")).isEmpty();
      assertThat(browser.text("#order\\:review"))
          .as("the order in words before Create")
          .contains("Standard 2 GB", "Amsterdam (simulated)", "Debian 12");
      browser.chooseCard("#order\\:apps .bc-plan-card", "Nginx web server");
      browser.waitForText("#order\\:app-choice", "Site name");
      browser.waitForText("#order\\:review", "eingerichtet als Nginx web server");
      browser.choose("#order\\:firewall", "SSH only");
      browser.waitForText("#order\\:review", "Firewall: SSH only");
      assertThat(browser.text("#order\\:price")).contains("ganzen Monat");
      assertThat(browser.text("#order\\:app-choice")).contains("first page");
      assertThat(browser.find("#order\\:userData").isEnabled())
          .as("the app's template is the user data")
          .isFalse();
      browser.type("#order\\:field\\:0\\:answer", "Acme Shop");
      browser.fitsTheWindow("order-with-app-de");
    }
  }

  private static int rules(Browser browser) {
    return browser.all("#firewall-edit .bc-firewall-rule").size();
  }

  private static long restores(Browser browser, String restoreAction) {
    return browser.all("#actions .bc-server-name").stream()
        .filter(name -> name.getText().contains(restoreAction))
        .count();
  }

  @Test
  void aCustomerReadsTheBuildsPasswordOnceAndTheGraphsOnADesktop() {
    try (Browser browser = customerOnTheServerPage(Browser.DESKTOP)) {
      assertThat(browser.text("#tab-link-control")).isEqualTo("Control");
      assertThat(browser.find("#power").isDisplayed()).as("the first tab shows").isTrue();
      assertThat(browser.all("#backups").get(0).isDisplayed()).as("the others wait").isFalse();
      browser.click("[id$=':reveal']");
      browser.waitForText("#password", "shown this once");
      assertThat(browser.text("#password code")).hasSizeGreaterThan(20);
      browser.fitsTheWindow("server-page");
      browser.click("#tab-link-usage");
      assertThat(browser.all("#cpu canvas")).hasSize(1);
      assertThat(browser.all("#traffic canvas")).hasSize(1);
      browser.clickToLeave("#month");
      assertThat(browser.url()).as("the usage tab stays chosen").endsWith("#tab-usage");
      assertThat(browser.find("#traffic").isDisplayed()).isTrue();
      browser.fitsTheWindow("server-usage");
      browser.go(browser.url().replaceAll("^https?://[^/]+/", ""));
      assertThat(browser.all("[id$=':reveal']")).as("shown once").isEmpty();
    }
  }

  @Test
  void aCustomerTypesIntoTheServersConsole() {
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      try (Browser browser = customerOnTheServerPage(width)) {
        browser.click("#open-console");
        browser.waitForText("#bc-console-status", "Connected");
        browser.waitForText("#bc-console .xterm-rows", ":~#");
        browser.keys("uname -a\n");
        browser.waitForText("#bc-console .xterm-rows", "brandcloud-sim");
        if (width == Browser.PHONE) {
          // what a phone's keyboard lacks: an arrow the shell ignores, then Ctrl and C
          browser.keys("sleep 100");
          browser.click("[data-console-key=up]").click("[data-console-key=ctrl]");
          assertThat(browser.find("[data-console-key=ctrl]").getAttribute("aria-pressed"))
              .isEqualTo("true");
          browser.keys("c");
          browser.waitForText("#bc-console .xterm-rows", "sleep 100^C");
          assertThat(browser.text("#bc-console .xterm-rows")).doesNotContain("[A");
        }
        browser.fitsTheWindow("server-console");
      }
    }
  }

  @Test
  void aCustomerSavesAnSshKeyChoosesItOnTheOrderFormAndDeletesIt() {
    String key =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDdDiLjv6C+FlI2IIfIpdpP+OOn3Vbv41UvURY9ek93z desk";
    for (String[] run : new String[][] {{"de", "phone"}, {"en", "desktop"}}) {
      int width = "phone".equals(run[1]) ? Browser.PHONE : Browser.DESKTOP;
      try (Browser browser = Browser.open(width, run[0])) {
        browser.logIn("customer@acme.example", "acme-customer-demo");
        browser.go("t/acme/portal/ssh-keys.xhtml");
        assertThat(browser.all(".bc-empty")).as("no keys yet, and what to do").hasSize(1);
        browser.type("#add\\:publicKey", "ssh-rsa AAAA-not-a-key");
        browser.type("#add\\:name", "desk");
        browser.click("#add\\:save");
        browser.waitForText("#messages", "not a readable public key");
        assertThat(browser.all("#keys\\:list")).as("nothing saved").isEmpty();
        browser.type("#add\\:publicKey", key);
        browser.click("#add\\:save");
        browser.waitForText("#keys", "SHA256:+cDJWQbnpVtBDRa9DmScZCGCDMP2rhJowl0nbxcYXLI");
        browser.fitsTheWindow("ssh-keys-" + run[0]);
        browser.go("t/acme/portal/order.xhtml");
        assertThat(browser.text("#order\\:keys")).contains("desk");
        assertThat(browser.text("#order\\:region"))
            .contains("Amsterdam", "de".equals(run[0]) ? "Niederlande" : "Netherlands")
            .doesNotContain("sim-");
        assertThat(browser.text("#order\\:images")).contains("Debian", "12", "11");
        assertThat(browser.text("#order\\:plans")).contains("vCPU");
        assertThat(browser.find("#order\\:userData").isEnabled())
            .as("the simulator takes cloud-init user data")
            .isTrue();
        browser.fitsTheWindow("order-with-ssh-keys-" + run[0]);
        browser.go("t/acme/portal/ssh-keys.xhtml");
        browser.click("#keys\\:list\\:0\\:delete\\:button");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#messages", "desk");
        assertThat(browser.all(".bc-empty")).as("deleted").hasSize(1);
      }
    }
  }

  @Test
  void theResellersConnectionsAndReconciliationPages() {
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      try (Browser browser = Browser.open(width, "en")) {
        browser.logIn("admin@acme.example", "acme-admin-demo");
        browser.go("t/acme/admin/connections.xhtml");
        assertThat(browser.text("#list")).contains("Simulator");
        assertThat(browser.text("#entries"))
            .as("the first connection's catalog from the start, its costs as money")
            .contains("Regions", "€", "a month")
            .doesNotContain("XXX");
        browser.click("#list\\:connection\\:0\\:check");
        browser.waitForText("#messages", "works");
        browser.fitsTheWindow("admin-connections");
        browser.go("t/acme/admin/reconciliation.xhtml");
        assertThat(browser.text("h1")).contains("Reconciliation");
        browser.fitsTheWindow("admin-reconciliation");
      }
    }
  }

  private static Browser customerOnTheServerPage(int width) {
    return customerOnTheServerPage(width, "en");
  }

  private static Browser customerOnTheServerPage(int width, String language) {
    Browser browser = Browser.open(width, language);
    browser.logIn("customer@acme.example", "acme-customer-demo");
    browser.click("a.bc-server");
    browser.waitForUrl("/t/acme/portal/server.xhtml?id=");
    // the demo's server may still be building right after the deployment seeded it
    String page = browser.url().replaceAll("^https?://[^/]+/", "");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(browser.go(page).text("#status"))
                    .contains("de".equals(language) ? "L\u00e4uft" : "Running"));
    return browser;
  }
}
