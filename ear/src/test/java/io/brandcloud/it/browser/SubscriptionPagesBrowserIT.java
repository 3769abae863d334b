package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products sold for prepaid terms, in Chromium: the demo's Acme admin adds a product and prices it
 * on a desktop; the customer, on a phone in German, subscribes from the wallet and cancels at once,
 * the unused days going back, and sees the page in English on a desktop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionPagesBrowserIT {

  @Test
  void anAdminSellsAProductAndACustomerSubscribesAndCancels() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String name = "Managed backups " + suffix;
    String bigger = "Managed backups plus " + suffix;
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
      admin.fitsTheWindow("admin-products");
    }

    try (Browser adminPhone = Browser.open(Browser.PHONE, "de")) {
      adminPhone.logIn("admin@acme.example", "acme-admin-demo");
      adminPhone.go("t/acme/admin/products.xhtml");
      assertThat(adminPhone.text("#list\\:products")).contains(name).contains("Monatlich");
      adminPhone.fitsTheWindow("admin-products-de");
    }

    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/portal/subscriptions.xhtml");
      phone.waitForText("#order", name);
      clickIn(phone, "#order", name, "subscribe");
      phone.waitForText("#messages", "abonniert");
      assertThat(cardOf(phone, "#mine\\:list", name))
          .contains("Aktiv")
          .contains("Verlängert sich am");
      phone.fitsTheWindow("subscriptions-de");

      clickIn(phone, "#mine\\:list", name, "cancelNow:button");
      phone.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      phone.waitForText("#messages", "gekündigt");
      assertThat(cardOf(phone, "#mine\\:list", name)).contains("Gekündigt").contains("Endet am");
    }

    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn("customer@acme.example", "acme-customer-demo");
      desktop.go("t/acme/portal/subscriptions.xhtml");
      assertThat(cardOf(desktop, "#mine\\:list", name)).contains("Cancelled");
      clickIn(desktop, "#order", name, "subscribe");
      desktop.waitForText("#messages", "You subscribed");

      // the new subscription is the first card; change it to the bigger product, yearly
      desktop.click("[id$=':change']");
      desktop.waitForText("#change", "Change " + name);
      desktop.choose("#changeForm\\:target", bigger + " · Yearly · €12.00");
      desktop.click("#changeForm\\:preview");
      desktop.waitForText("#due", "€10.50");
      assertThat(desktop.text("#changeForm")).contains("The unused days given back");
      desktop.fitsTheWindow("subscription-change");
      desktop.click("#changeForm\\:now");
      desktop.waitForText("#messages", "was changed");
      assertThat(cardOf(desktop, "#mine\\:list", bigger)).contains("Yearly").contains("Active");
      clickIn(desktop, "#mine\\:list", bigger, "cancelNow:button");
      desktop.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      desktop.waitForText("#messages", "was cancelled");
      desktop.fitsTheWindow("subscriptions");
    }
  }

  private static String cardOf(Browser browser, String list, String name) {
    return (String)
        browser.script(
            "return [...document.querySelectorAll(arguments[0] + ' .bc-server')]"
                + ".find(card => card.textContent.includes(arguments[1])).textContent",
            list,
            name);
  }

  /** Clicks the button whose id ends with {@code idEnd} in the card that names {@code name}. */
  private static void clickIn(Browser browser, String list, String name, String idEnd) {
    String id =
        (String)
            browser.script(
                "return [...document.querySelectorAll(arguments[0] + ' .bc-server')]"
                    + ".find(card => card.textContent.includes(arguments[1]))"
                    + ".querySelector('button[id$=\"' + arguments[2] + '\"]').id",
                list,
                name,
                ":" + idEnd);
    browser.click("[id='" + id + "']");
  }
}
