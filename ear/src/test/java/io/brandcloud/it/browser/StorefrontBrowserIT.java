package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import io.brandcloud.it.Mailbox;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A visitor of the Acme demo shop, before any account: goes from the home page to the prices, reads
 * what each plan has and what a month comes to with their country's tax, orders the second plan,
 * signs up on the way, confirms the mailed link and lands, once logged in, on the order form with
 * that plan chosen; a product sold by the term opens its own order form the same way. On a phone in
 * English the visitor also tops up the empty wallet from the order form, pays at the test gateway,
 * comes back to the order with the plan still chosen and orders a server that runs; on a desktop in
 * German the visitor stops at the empty wallet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontBrowserIT {

  private static final String PASSWORD = "storefront-password-1";
  private static final String SECOND_PLAN = SecondPlan.NAME;

  private final Http admin =
      new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
  private Mailbox mail;
  private long secondPlan;

  @BeforeEach
  void offerASecondPlan() {
    mail = Mailbox.start();
    secondPlan = SecondPlan.offer(admin);
  }

  @AfterEach
  void retireIt() {
    try {
      mail.close();
    } finally {
      SecondPlan.retire(admin, secondPlan);
    }
  }

  @Test
  void onAPhoneInEnglish() {
    visitorOrders(
        Browser.PHONE,
        "en",
        new Words("Germany", "\u20ac", "a month with VAT 19 % in Germany", "\u20ac0.00"),
        true);
  }

  @Test
  void onADesktopInGerman() {
    visitorOrders(
        Browser.DESKTOP,
        "de",
        new Words("Deutschland", "\u20ac", "im Monat mit VAT 19 % in Deutschland", "0,00"),
        false);
  }

  private record Words(String germany, String euro, String withVat, String nothing) {}

  private void visitorOrders(int width, String language, Words words, boolean paysAndOrders) {
    String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    try (Browser browser = Browser.open(width, language)) {
      browser.go("t/acme/");
      browser.clickToLeave("#see-prices");
      browser.waitForUrl("/t/acme/pricing.xhtml");
      assertThat(browser.all("link[rel=canonical]"))
          .singleElement()
          .extracting(link -> link.getAttribute("href"))
          .asString()
          .endsWith("/t/acme/pricing.xhtml");
      assertThat(browser.text("#pricing\\:plans"))
          .contains("Standard 2 GB", SECOND_PLAN, "4 vCPU", "Frankfurt", words.euro());
      assertThat(browser.text("#products")).contains("Server hardening", "Control panel licence");
      browser.choose("#pricing\\:country", words.germany());
      browser.waitForText("#pricing\\:plans", words.withVat());
      browser.fitsTheWindow("pricing-" + language);

      browser.all(".bc-price-card").stream()
          .filter(card -> card.getText().contains(SECOND_PLAN))
          .findFirst()
          .orElseThrow()
          .findElement(By.cssSelector(".bc-order-link"))
          .click();
      browser.waitForUrl("/t/acme/login.xhtml?next=");
      browser.clickToLeave("#signup");
      browser.waitForUrl("/t/acme/signup.xhtml?next=");
      browser
          .type("#signup\\:name", "Vi Visitor")
          .type("#signup\\:email", email)
          .type("#signup\\:password", PASSWORD)
          .click("#signup\\:accept")
          .clickToLeave("#signup\\:submit");
      URI mailed =
          URI.create(
              Mailbox.match(
                  mail.awaitMailTo(email, ""),
                  "(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)"));
      browser.go(mailed.getRawPath().substring(1) + "?" + mailed.getRawQuery());
      browser.waitForUrl("/t/acme/login.xhtml?next=");
      browser
          .type("#login\\:email", email)
          .type("#login\\:password", PASSWORD)
          .clickToLeave("#login\\:submit");

      browser.waitForUrl("/t/acme/portal/order.xhtml?plan=" + secondPlan);
      assertThat(browser.text(".bc-plan-card:has(.ui-state-active)"))
          .as("the plan ordered on the pricing page is the one chosen")
          .contains(SECOND_PLAN);
      assertThat(browser.text("#short-of-funds"))
          .as("a new customer's wallet is empty: the form says so before it is filled in")
          .contains(words.nothing());
      assertThat(browser.find("#order\\:top-up").getAttribute("href"))
          .contains("/portal/wallet.xhtml?next=");
      if (paysAndOrders) {
        topsUpAndOrders(browser, email);
      } else {
        topsUpAndReadsTheLedger(browser);
      }

      browser.go("t/acme/pricing.xhtml");
      browser.all(".bc-price-card").stream()
          .filter(card -> card.getText().contains("Server hardening"))
          .findFirst()
          .orElseThrow()
          .findElement(By.cssSelector(".bc-order-link"))
          .click();
      browser.waitForUrl("/t/acme/portal/subscriptions.xhtml?product=");
      assertThat(browser.text("#orderForm"))
          .as("a product ordered on the pricing page opens its order form")
          .contains("Server hardening");
    }
  }

  /**
   * From the order form's "Top up" to the test gateway and back through the payment page to the
   * same order, which now goes through: the server runs.
   */
  private void topsUpAndOrders(Browser browser, String email) {
    topsUpFromTheOrder(browser, "en", "go back to where you left off", "Thank you");
    browser.fitsTheWindow("payment-continue");
    browser.clickToLeave("#continue");

    browser.waitForUrl("/t/acme/portal/order.xhtml?plan=" + secondPlan);
    assertThat(browser.text(".bc-plan-card:has(.ui-state-active)"))
        .as("back at the order, the plan is still the one chosen on the pricing page")
        .contains(SECOND_PLAN);
    assertThat(browser.all("#short-of-funds")).as("the wallet now holds enough").isEmpty();
    browser.type("#order\\:hostname", "storefront-order").click("#order\\:create");
    browser.waitForUrl("/t/acme/portal/index.xhtml");
    browser.waitForText("#servers", "storefront-order");
    browser.waitForText("#servers", "Running");
    deleteServersOf(email);
  }

  /** The top-up, as the ledger says it in the page's language (German here). */
  private static void topsUpAndReadsTheLedger(Browser browser) {
    topsUpFromTheOrder(browser, "de", "dort weiter", "Vielen Dank");
    browser.go("t/acme/portal/invoices.xhtml");
    browser.waitForText("#ledger\\:transactions", "Aufladung \u00fcber Test-Zahlungsanbieter");
    assertThat(browser.text("#ledger\\:transactions")).doesNotContain("Top-up by");
    browser.fitsTheWindow("transactions-de");
  }

  /**
   * From the order form's "Top up" through the wallet (which says the customer comes back) and the
   * test gateway to the payment page, which thanks them in the page's language.
   */
  private static void topsUpFromTheOrder(
      Browser browser, String language, String comingBack, String thanks) {
    browser.clickToLeave("#order\\:top-up");
    browser.waitForUrl("/t/acme/portal/wallet.xhtml?next=");
    assertThat(browser.text("#for-order")).contains(comingBack);
    browser.fitsTheWindow("wallet-for-order-" + language);
    browser.click(".bc-preset");
    browser.click("#topup\\:pay").waitForUrl("/test-gateway/checkout.xhtml?session=");
    browser.click("#checkout\\:pay").waitForUrl("/t/acme/portal/payment.xhtml?next=");
    browser.waitForText("#outcome", thanks);
  }

  /** The visitor's server is deleted through the API, so the demo tenant is left as it was. */
  private static void deleteServersOf(String email) {
    Http visitor = new Http(Http.testServer()).as(email, PASSWORD);
    for (JsonObject server :
        Http.json(visitor.get("t/acme/api/v1/servers").body())
            .getJsonArray("data")
            .getValuesAs(JsonObject.class)) {
      assertThat(
              visitor
                  .delete("t/acme/api/v1/servers/" + server.getJsonNumber("id").longValue())
                  .statusCode())
          .isBetween(200, 299);
    }
  }
}
