package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Limits in Chromium: the Acme admin (on a phone, in German) gives the demo customer a spending
 * limit of their own on the customer's billing page; the customer's next order beyond it is refused
 * with a message that names the limit; the admin sends the customer back to the defaults.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuotaPagesBrowserIT {

  @Test
  void anAdminLimitsACustomerAndTheCustomerIsToldWhichLimit() {
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      admin.go("t/acme/admin/settings.xhtml");
      assertThat(admin.text("#quotaDefaults")).contains("Servers kept at most");
      admin.fitsTheWindow("admin-settings-limits");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("admin@acme.example", "acme-admin-demo");
      phone.go("t/acme/admin/customers.xhtml");
      String billing =
          (String)
              phone.script(
                  "return [...document.querySelectorAll('tr')]"
                      + ".find(row => row.textContent.includes('customer@acme.example'))"
                      + ".querySelector('a[id$=\":billing\"]').id");
      phone.clickToLeave("[id='" + billing + "']");
      phone.waitForText("#quotas", "Ihre Vorgaben");
      phone.click("#quotas\\:own");
      phone.waitForText("#quotas", "Ausgaben im Kalendermonat");
      phone.type("#quotas\\:maxSpend\\:input_input", "0,01").click("#quotas\\:save");
      phone.waitForText("#messages", "Die Grenzen wurden gespeichert");
      assertThat(phone.text("#quotas")).contains("eigene Grenzen");
      phone.fitsTheWindow("admin-customer-limits-de");

      try (Browser customer = Browser.open(Browser.DESKTOP, "en")) {
        customer.logIn("customer@acme.example", "acme-customer-demo");
        customer.go("t/acme/portal/subscriptions.xhtml");
        String subscribe =
            (String)
                customer.script(
                    "return [...document.querySelectorAll('#order .bc-server')]"
                        + ".find(card => card.textContent.includes('Server hardening'))"
                        + ".querySelector('button[id$=\":subscribe\"]').id");
        customer.click("[id='" + subscribe + "']");
        customer.waitForText("#messages", "over your organisation's limit of");
      }

      phone.click("#quotas\\:own");
      phone.click("#quotas\\:save");
      phone.waitForText("#messages", "Die Grenzen wurden gespeichert");
      assertThat(phone.text("#quotas")).contains("Ihre Vorgaben");
    }
  }
}
