package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products sold for prepaid terms, in Chromium: the demo's Acme admin adds products (one an add-on)
 * and a coupon on a desktop; the customer, on a phone in German, subscribes with the coupon, adds
 * the add-on, and cancels at once (the add-on ends with it, the unused days going back); on a
 * desktop in English they subscribe again, change to a bigger product and cancel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionPagesBrowserIT {

  @Test
  void anAdminSellsAProductAndACustomerSubscribesAndCancels() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String name = "Managed backups " + suffix;
    String bigger = "Managed backups plus " + suffix;
    String addOn = "Control panel " + suffix;
    String coupon = "SAVE" + suffix.toUpperCase();
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      admin.go("t/acme/admin/products.xhtml");
      admin
          .type("#product\\:name", name)
          .type("#product\\:group", "Managed services")
          .type("#product\\:description", "Nightly copies, kept for a week.")
          .click("#product\\:create");
      admin.waitForText("#list\\:products", name);
      admin.waitForText("#messages", "was added");
      admin.type("#price\\:amount\\:input_input", "1.50").click("#price\\:save");
      admin.waitForText("#messages", "The price was saved");
      assertThat(cardOf(admin, "#list\\:products", name)).contains("Monthly").contains("1.50");
      admin.type("#product\\:name", bigger).click("#product\\:create");
      admin.waitForText("#list\\:products", bigger);
      admin.choose("#price\\:cycle", "Yearly");
      admin.type("#price\\:amount\\:input_input", "12.00").click("#price\\:save");
      admin.waitForText("#messages", "The price was saved");
      admin.choose("#fields\\:fieldProduct", name);
      admin.type("#fields\\:label", "Domain name").click("#fields\\:required .ui-chkbox-box");
      admin.click("#fields\\:addField");
      admin.waitForText("#messages", "was added");
      assertThat(cardOf(admin, "#list\\:products", name))
          .contains("Asks: Domain name (a line of text, required)");
      admin.choose("#product\\:kind", "Add-on");
      admin.type("#product\\:name", addOn).click("#product\\:create");
      admin.waitForText("#list\\:products", addOn);
      admin.type("#price\\:amount\\:input_input", "2.00").click("#price\\:save");
      admin.waitForText("#messages", "The price was saved");
      admin.choose("#product\\:kind", "Cloud server");
      admin.waitForText("#product", "Plan");
      admin.choose("#product\\:plan", "Standard 2 GB");
      admin.type("#product\\:name", "Cloud server " + suffix).click("#product\\:create");
      admin.waitForText("#list\\:products", "Cloud server " + suffix);
      assertThat(cardOf(admin, "#list\\:products", "Cloud server " + suffix))
          .contains("Sells the plan Standard 2 GB");
      admin.fitsTheWindow("admin-products");

      admin.go("t/acme/admin/coupons.xhtml");
      admin.type("#coupon\\:code", coupon).type("#coupon\\:percent_input", "20");
      admin.choose("#coupon\\:duration", "A number of paid terms");
      admin.type("#coupon\\:cycles_input", "3").click("#coupon\\:create");
      admin.waitForText("#messages", "was created");
      assertThat(cardOf(admin, "#list\\:coupons", coupon))
          .contains("20 % off")
          .contains("on the first 3 paid terms")
          .contains("All products");
      admin.fitsTheWindow("admin-coupons");
    }

    try (Browser adminPhone = Browser.open(Browser.PHONE, "de")) {
      adminPhone.logIn("admin@acme.example", "acme-admin-demo");
      adminPhone.go("t/acme/admin/products.xhtml");
      assertThat(adminPhone.text("#list\\:products")).contains(name).contains("Monatlich");
      adminPhone.fitsTheWindow("admin-products-de");
      adminPhone.go("t/acme/admin/coupons.xhtml");
      assertThat(cardOf(adminPhone, "#list\\:coupons", coupon))
          .contains("20 % Rabatt")
          .contains("auf die ersten 3 bezahlten Laufzeiten");
      adminPhone.fitsTheWindow("admin-coupons-de");
    }

    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/portal/subscriptions.xhtml");
      phone.waitForText("#order", name);
      clickIn(phone, "#order", name, "subscribe");
      // the demo customer is in the Netherlands: 21 % VAT on what is paid now
      phone.waitForText("#orderDue", "1,82");
      assertThat(phone.text("#orderTax")).contains("0,32");
      phone.type("#orderForm\\:coupon", "wrong-" + suffix).click("#orderForm\\:applyCoupon");
      phone.waitForText("#messages", "There is no coupon");
      phone.type("#orderForm\\:coupon", coupon.toLowerCase()).click("#orderForm\\:applyCoupon");
      phone.waitForText("#orderDiscount", "0,30");
      assertThat(phone.text("#orderDue")).contains("1,45");
      phone.fitsTheWindow("subscription-order-de");
      phone.click("#orderForm\\:confirm");
      phone.waitForText("#messages", "Domain name is required");
      String domainField =
          (String)
              phone.script("return document.querySelector('#orderForm input[id$=\":answer\"]').id");
      phone.type("[id='" + domainField + "']", "example.com").click("#orderForm\\:confirm");
      phone.waitForText("#messages", "abonniert");
      assertThat(cardOf(phone, "#mine\\:list", name))
          .contains("Aktiv")
          .contains("Verlängert sich am")
          .contains("Domain name: example.com");

      clickIn(phone, "#order", addOn, "subscribe");
      phone.choose("#orderForm\\:attachTo", name);
      phone.waitForText("#orderDue", "2,42");
      phone.click("#orderForm\\:confirm");
      phone.waitForText("#messages", "abonniert");
      assertThat(cardOf(phone, "#mine\\:list", addOn)).contains("Zusatz zu " + name);
      phone.fitsTheWindow("subscriptions-de");
      phone.go("t/acme/portal/invoices.xhtml");
      assertThat(phone.text("#inv\\:invoices")).contains("Bezahlt");
      assertThat(phone.text("#ledger\\:transactions"))
          .as("what the subscriptions booked, in the reader's words and dates")
          .containsPattern(name + ", monatliche Laufzeit ab \\d{2}\\.\\d{2}\\.\\d{4}")
          .contains("Gutschein " + coupon + " f\u00fcr " + name)
          .contains("Steuer auf " + name + ", monatliche Laufzeit ab ")
          .doesNotContain("term from");
      phone.fitsTheWindow("invoices-de");
      phone.go("t/acme/portal/subscriptions.xhtml");

      clickIn(phone, "#mine\\:list", name, "cancelNow:button");
      phone.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      phone.waitForText("#messages", "gekündigt");
      assertThat(cardOf(phone, "#mine\\:list", name)).contains("Gekündigt").contains("Endet am");
      // the add-on ends after the cancellation committed
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  cardOf(phone.go("t/acme/portal/subscriptions.xhtml"), "#mine\\:list", addOn)
                      .contains("Gekündigt"));
    }

    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn("customer@acme.example", "acme-customer-demo");
      desktop.go("t/acme/portal/subscriptions.xhtml");
      assertThat(cardOf(desktop, "#mine\\:list", name)).contains("Cancelled");
      assertThat(cardOf(desktop, "#mine\\:list", addOn)).contains("Add-on of " + name);
      clickIn(desktop, "#order", name, "subscribe");
      desktop.waitForText("#orderDue", "€1.82");
      String desktopDomain =
          (String)
              desktop.script(
                  "return document.querySelector('#orderForm input[id$=\":answer\"]').id");
      desktop.type("[id='" + desktopDomain + "']", "example.org");
      desktop.fitsTheWindow("subscription-order");
      desktop.click("#orderForm\\:confirm");
      desktop.waitForText("#messages", "You subscribed");

      // the new subscription is the first card; change it to the bigger product, yearly
      desktop.click("[id$=':change']");
      desktop.waitForText("#change", "Change " + name);
      desktop.choose("#changeForm\\:target", bigger + " · Yearly · €12.00");
      desktop.click("#changeForm\\:preview");
      // €12.00 and its €2.52 VAT, less the unused €1.50 given back with its €0.32 VAT
      desktop.waitForText("#due", "€12.70");
      assertThat(desktop.text("#changeTax")).contains("€2.20");
      assertThat(desktop.text("#changeForm")).contains("The unused days given back");
      desktop.fitsTheWindow("subscription-change");
      desktop.click("#changeForm\\:now");
      desktop.waitForText("#messages", "was changed");
      assertThat(cardOf(desktop, "#mine\\:list", bigger)).contains("Yearly").contains("Active");
      clickIn(desktop, "#mine\\:list", bigger, "cancelNow:button");
      desktop.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      desktop.waitForText("#messages", "was cancelled");
      desktop.fitsTheWindow("subscriptions");

      // every term paid is an invoice of its own, and the unused days a credit note on it
      desktop.go("t/acme/portal/invoices.xhtml");
      assertThat(desktop.text("#inv\\:invoices")).contains("Paid");
      assertThat(desktop.text("#creditNotes")).contains("the unused part of the term");
      desktop.fitsTheWindow("invoices");

      // a cloud server sold by the month, ordered and cancelled from the portal alone
      String server = "Cloud server S, monthly";
      desktop.go("t/acme/portal/subscriptions.xhtml");
      clickIn(desktop, "#order", server, "subscribe");
      desktop.waitForText("#orderDue", "€14.52");
      desktop.type("#orderForm\\:hostname", "term-" + suffix).click("#orderForm\\:confirm");
      desktop.waitForText("#messages", "You subscribed");
      assertThat(cardOf(desktop, "#mine\\:list", server)).contains("term-" + suffix);
      desktop.fitsTheWindow("subscription-server");
      clickIn(desktop, "#mine\\:list", server, "cancelNow:button");
      desktop.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      desktop.waitForText("#messages", "was cancelled");
    }
  }

  private static String cardOf(Browser browser, String list, String name) {
    return (String)
        browser.script(
            "return [...document.querySelectorAll(arguments[0] + ' .bc-server')]"
                + ".find(card => card.querySelector('h3').textContent.trim()"
                + ".startsWith(arguments[1])).textContent",
            list,
            name);
  }

  /** Clicks the button whose id ends with {@code idEnd} in the card that names {@code name}. */
  private static void clickIn(Browser browser, String list, String name, String idEnd) {
    String id =
        (String)
            browser.script(
                "return [...document.querySelectorAll(arguments[0] + ' .bc-server')]"
                    + ".find(card => card.querySelector('h3').textContent.trim()"
                    + ".startsWith(arguments[1]))"
                    + ".querySelector('button[id$=\"' + arguments[2] + '\"]').id",
                list,
                name,
                ":" + idEnd);
    browser.click("[id='" + id + "']");
  }
}
