package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo customer tops up in Chromium, on a phone and on a desktop, with no staff involved: from
 * the dashboard to the wallet, a suggested amount, the test gateway's checkout, and back to a page
 * that shows the money arrived and the new balance; a declined card comes back unpaid. Staff see
 * the payment on their payments page and refund it to the card. No page scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPagesBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";
  private static final String CUSTOMER_PASSWORD = "acme-customer-demo";

  private final Http customer = new Http(Http.testServer()).as(CUSTOMER, CUSTOMER_PASSWORD);

  @Test
  void onAPhone() {
    topUp(Browser.PHONE);
  }

  @Test
  void onADesktop() {
    topUp(Browser.DESKTOP);
  }

  private void topUp(int width) {
    BigDecimal before = balance();
    try (Browser browser = Browser.open(width, "en")) {
      browser.logIn(CUSTOMER, CUSTOMER_PASSWORD);
      browser.go("t/acme/portal/index.xhtml");
      browser.click("#top-up");
      browser.waitForUrl("/portal/wallet.xhtml");
      browser.fitsTheWindow("wallet");

      browser.click(".bc-preset");
      assertThat(browser.find("#topup\\:amount\\:input_input").getAttribute("value"))
          .startsWith("10");
      browser.click("#topup\\:pay").waitForUrl("/test-gateway/checkout.xhtml?session=");
      assertThat(browser.text("#to-pay")).contains("10.00");
      browser.fitsTheWindow("test-gateway");

      browser.click("#checkout\\:pay").waitForUrl("/portal/payment.xhtml?payment=");
      browser.waitForText("#outcome", "Thank you");
      browser.fitsTheWindow("payment-paid");
      assertThat(balance()).isEqualByComparingTo(before.add(BigDecimal.TEN));

      browser.go("t/acme/portal/wallet.xhtml");
      browser.click(".bc-preset");
      browser.click("#topup\\:pay");
      browser.click("#checkout\\:decline");
      browser.waitForText("#payment-status", "Not paid");
      assertThat(browser.text("#not-paid")).isNotBlank();
      assertThat(balance()).isEqualByComparingTo(before.add(BigDecimal.TEN));
    }
  }

  @Test
  void staffRefundAPaymentToTheCardOnAPhone() {
    try (Browser browser = Browser.open(Browser.PHONE, "en")) {
      browser.logIn(CUSTOMER, CUSTOMER_PASSWORD);
      browser.go("t/acme/portal/wallet.xhtml");
      browser.click(".bc-preset");
      browser.click("#topup\\:pay");
      browser.click("#checkout\\:pay");
      browser.waitForText("#outcome", "Thank you");
    }
    BigDecimal paid = balance();
    try (Browser browser = Browser.open(Browser.PHONE, "en")) {
      browser.logIn("admin@acme.example", "acme-admin-demo");
      browser.go("t/acme/admin/payments.xhtml");
      browser.fitsTheWindow("admin-payments");
      assertThat(browser.text("#payment-list\\:payments"))
          .as("whose a payment is, by name")
          .contains("Demo customer");
      browser.click("[id$='refund']");
      // the dialog offers what is left of the payment: all of it
      assertThat(browser.find("#refund-form\\:refund-amount\\:input_input").getAttribute("value"))
          .startsWith("10");
      browser
          .type("#refund-form\\:refund-reason", "Goodwill")
          .click("#refund-form\\:refund-confirm");
      browser.waitForText("#messages", "on its way");
      assertThat(browser.text("#refund-list\\:refunds"))
          .as("a refund as money, and whose it is by name")
          .contains("€10.00", "Demo customer", "Goodwill");

      // the gateway form, on the same page: a bad list of suggested amounts is refused and named,
      // the account as it was is saved again unchanged
      String presets = browser.find("#gateway-form\\:presets").getAttribute("value");
      browser.type("#gateway-form\\:presets", "10, fifty").click("#gateway-form\\:save");
      browser.waitForText("#messages", "Suggested amounts are numbers");
      browser.type("#gateway-form\\:presets", presets).click("#gateway-form\\:save");
      browser.waitForText("#messages", "is saved");
      assertThat(browser.find("#gateway-form\\:presets").getAttribute("value")).isEqualTo(presets);
    }
    // the demo tenant's API allows the customer only so many requests a minute
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofSeconds(2))
        .until(() -> balance().compareTo(paid.subtract(BigDecimal.TEN)) == 0);
  }

  private BigDecimal balance() {
    java.net.http.HttpResponse<String> answer = customer.get("t/acme/api/v1/balance");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new BigDecimal(Http.json(answer.body()).getJsonObject("balance").getString("amount"));
  }
}
