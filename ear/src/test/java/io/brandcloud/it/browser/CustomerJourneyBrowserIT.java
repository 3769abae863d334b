package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import io.brandcloud.it.Mailbox;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * A new customer of the Acme demo shop, in Chromium on a phone and on a desktop: signs up, confirms
 * the mailed link, logs in, orders a server (another image's version, an extra address) and watches
 * it start (pushed to the page, no reload), then releases the address on the server's page; on a
 * desktop renames the server and moves it to Acme's second plan, and the page follows both. No page
 * scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerJourneyBrowserIT {

  private static final String PASSWORD = "journey-password-1";

  private final Http http = new Http(Http.testServer());
  private Mailbox mail;

  private final Http admin = http.as("admin@acme.example", "acme-admin-demo");
  private long secondPlan;

  @BeforeEach
  void mailServerAndASecondPlan() {
    mail = Mailbox.start();
    secondPlan = SecondPlan.offer(admin);
  }

  @AfterEach
  void stopMailServerAndRetireThePlan() {
    try {
      mail.close();
    } finally {
      SecondPlan.retire(admin, secondPlan);
    }
  }

  @Test
  void onAPhone() {
    journey(Browser.PHONE);
  }

  @Test
  void onADesktop() {
    journey(Browser.DESKTOP);
  }

  private void journey(int width) {
    String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    try (Browser browser = Browser.open(width, "en")) {
      browser.go("t/acme/signup.xhtml");
      browser.fitsTheWindow("signup");
      browser
          .type("#signup\\:name", "Jo Journey")
          .type("#signup\\:email", email)
          .type("#signup\\:password", PASSWORD)
          .click("#signup\\:accept")
          .click("#signup\\:submit");

      String link =
          Mailbox.match(
              mail.awaitMailTo(email, "confirm your e-mail address"),
              "(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)");
      // the mail's origin is the configured public address; the path is what the portal serves
      URI mailed = URI.create(link);
      browser.go(mailed.getRawPath().substring(1) + "?" + mailed.getRawQuery());
      assertThat(browser.text("#messages")).containsIgnoringCase("confirmed");
      browser.fitsTheWindow("verified");

      browser.go("t/acme/login.xhtml");
      browser.fitsTheWindow("login");
      browser
          .type("#login\\:email", email)
          .type("#login\\:password", PASSWORD)
          .clickToLeave("#login\\:submit");
      browser.waitForUrl("/t/acme/portal/");

      browser.go("t/acme/account.xhtml");
      assertThat(browser.text("#own-mail-form\\:own-mail"))
          .as("the user reads the mail written to them")
          .contains("confirm your e-mail address");
      browser.fitsTheWindow("account");
      // the page's parts: an API key is made and its secret shown once, two factors start
      browser.type("#keys\\:name", "journey key").click("#keys\\:create");
      assertThat(browser.text("#secret-value")).startsWith("bc_");
      assertThat(browser.text("#keys\\:list")).contains("journey key");
      browser.click("#twofactor\\:start");
      assertThat(browser.text("#totp-secret")).matches("[A-Z2-7]{16,}");

      creditTenEuros(email);
      browser.go("t/acme/portal/index.xhtml");
      assertThat(browser.text("#balance")).contains("10.00");
      assertThat(browser.text("#servers")).contains("No servers yet");
      assertThat(browser.text("#no-usage"))
          .as("no empty chart: what it will show, once there is something")
          .contains("Nothing spent in the last 30 days");
      browser.click("#new-server");
      browser.chooseCard("#order\\:plans .bc-plan-card", "Standard 2 GB");
      assertThat(browser.text("#order\\:region")).contains("Amsterdam", "Netherlands");
      assertThat(browser.text("#order\\:images")).contains("Debian", "Ubuntu", "Rocky Linux");
      browser.chooseCard("#order\\:images .bc-plan-card", "Ubuntu");
      // the simulator's systems as the catalogue lists them: Debian, Rocky Linux, Ubuntu
      browser.choose("#order\\:family\\:2\\:version", "22.04 LTS");
      browser.waitForText("#order\\:review", "Ubuntu 22.04 LTS");
      browser.choose("#order\\:extraIpv4", "1");
      browser.waitForText("#order\\:review", "one extra IPv4 address");
      assertThat(browser.text("#order\\:extra-ip-choice")).contains("a month each");
      browser.fitsTheWindow("order");
      Instant ordered = Instant.now();
      // built at the simulator's normal pace (3 to 8 s), so the list shows it building first
      browser.type("#order\\:hostname", "slow-journey-" + width).click("#order\\:create");
      browser.waitForText("#servers", "slow-journey-" + width);
      assertThat(browser.text("#servers")).as("still building").doesNotContain("Running");
      browser.script("window.bcSamePage = true;");
      browser.waitForText("#servers", "Running");
      assertThat(
              browser.script("return window.bcSamePage && document.documentElement.dataset.push;"))
          .as("the page heard the server start, without a reload")
          .isEqualTo("open");
      assertThat(browser.text("#running")).contains("1 running of 1");
      if (Instant.now()
          .truncatedTo(ChronoUnit.HOURS)
          .equals(ordered.truncatedTo(ChronoUnit.HOURS))) {
        assertThat(browser.text("#due-at-the-hour"))
            .as("the hour it was made in waits for the next full hour's run, and says so")
            .contains("for this hour, charged at the next full hour");
      }
      browser.fitsTheWindow("customer-dashboard");

      browser.click("a.bc-server");
      browser.waitForUrl("/t/acme/portal/server.xhtml?id=");
      browser.click("#tab-link-addresses");
      browser.waitForText("#address-list", "203.0.113.");
      // the add's own end refreshes the tab; the release is asked on the page as it then stands
      browser.waitForText("#actions\\:action\\:0\\:entry", "Done");
      assertThat(browser.text("#addresses")).contains("a month");
      browser.fitsTheWindow("server-addresses");
      browser.click("#address-list\\:address\\:0\\:remove");
      browser.click(".ui-confirmdialog-yes");
      browser.waitForText("#addresses", "No extra addresses");
      assertThat(browser.text("#actions\\:action\\:0\\:entry"))
          .contains("Release an IPv4 address", "203.0.113.");

      String hostname = "slow-journey-" + width;
      browser.click("#tab-link-control");
      if (width == Browser.DESKTOP) {
        hostname = renamed(browser, hostname);
        resized(browser, secondPlan);
      }
      assertThat(browser.text("#delete")).contains(hostname + ", its disk");
      browser.type("#delete\\:name", "journey").click("#delete\\:go");
      browser.waitForText("#messages", "Type the host name of the server, " + hostname);
      browser.type("#delete\\:name", hostname).clickToLeave("#delete\\:go");
      browser.waitForUrl("/t/acme/portal/index.xhtml");
      browser.waitForText("#servers", "No servers yet");
      assertThat(browser.text("#running")).contains("0 running of 0");

      movesToANewAddress(browser, email);
    }
  }

  /**
   * The account page renames the customer at once and mails a link to a new address; the old one
   * logs in until the link's page confirms it.
   */
  private void movesToANewAddress(Browser browser, String email) {
    String moved = "moved-" + email;
    browser.go("t/acme/account.xhtml");
    browser.type("#name\\:display-name", "Jo Moved").click("#name\\:rename");
    assertThat(browser.text("#messages")).contains("Name saved");
    browser
        .type("#email\\:new-email", moved)
        .type("#email\\:email-password", PASSWORD)
        .click("#email\\:send");
    assertThat(browser.text("#messages")).contains("A link is on its way to " + moved);
    assertThat(browser.text("#pending-email")).contains(moved);
    assertThat(browser.text("#current-email")).isEqualTo(email);
    browser.fitsTheWindow("account-profile");

    String link =
        Mailbox.match(
            mail.awaitMailTo(moved, "confirm your new login address"),
            "(http://\\S+/email-change\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    assertThat(mail.awaitMailTo(email, "a new login address was asked for")).contains(moved);
    URI mailed = URI.create(link);
    browser.go(mailed.getRawPath().substring(1) + "?" + mailed.getRawQuery());
    browser.fitsTheWindow("email-change");
    browser.clickToLeave("#email-change\\:confirm");
    browser.waitForUrl("/t/acme/login.xhtml");
    assertThat(browser.text("#messages")).contains("Your login is now " + moved);
    browser
        .type("#login\\:email", moved)
        .type("#login\\:password", PASSWORD)
        .clickToLeave("#login\\:submit");
    browser.waitForUrl("/t/acme/portal/");
  }

  /** The page follows what the provider finished: the heading names the server by its new name. */
  private static String renamed(Browser browser, String hostname) {
    String renamed = hostname + "-b";
    browser.type("#rename\\:hostname", renamed).click("#rename\\:go");
    browser.waitForText("#actions\\:action\\:0\\:entry", "Rename");
    browser.waitForText("#page-title", renamed);
    assertThat(browser.text("#delete")).contains(renamed + ", its disk");
    return renamed;
  }

  /**
   * After a resize the plan form is drawn again: it offers the plan the server left, not its own.
   */
  private static void resized(Browser browser, long secondPlan) {
    assertThat(browser.text("#resize\\:plan"))
        .contains(SecondPlan.NAME)
        .doesNotContain("Standard 2 GB");
    new Select(browser.find("#resize\\:plan")).selectByValue(Long.toString(secondPlan));
    browser.click("#resize\\:go\\:button");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("#resize\\:plan", "Standard 2 GB");
    assertThat(browser.text("#resize\\:plan")).doesNotContain(SecondPlan.NAME);
    assertThat(browser.text("#actions\\:action\\:0\\:entry")).contains(SecondPlan.NAME);
  }

  private void creditTenEuros(String email) {
    Http admin = http.as("admin@acme.example", "acme-admin-demo");
    long customer = customerId(admin, email);
    assertThat(
            admin
                .post(
                    "t/acme/api/v1/admin/customers/" + customer + "/credits",
                    "{\"amount\":10.00,\"reason\":\"journey\",\"reference\":\"" + email + "\"}")
                .statusCode())
        .isEqualTo(200);
  }

  private static long customerId(Http admin, String email) {
    for (int page = 1; ; page++) {
      JsonObject list =
          Http.json(admin.get("t/acme/api/v1/admin/customers?limit=100&page=" + page).body());
      for (JsonObject customer : list.getJsonArray("data").getValuesAs(JsonObject.class)) {
        if (email.equals(customer.getString("email"))) {
          return customer.getJsonNumber("id").longValue();
        }
      }
      assertThat(page)
          .as(email + " is a customer")
          .isLessThan(list.getJsonObject("pagination").getInt("pages"));
    }
  }
}
