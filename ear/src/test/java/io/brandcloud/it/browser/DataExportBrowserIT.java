package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A copy of one's data in Chromium: the demo customer asks for it on the account page of a phone
 * and watches it go from waiting to ready without reloading; in German on a desktop the card says
 * the same; the Acme admin prepares one for the customer from the Customers page's access card and
 * sees where it stands.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataExportBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";
  private static final String PASSWORD = "acme-customer-demo";

  @Test
  void theCustomerWatchesTheirCopyBeingPreparedAndStaffPrepareAnother() {
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn(CUSTOMER, PASSWORD);
      phone.go("t/acme/account.xhtml");
      assertThat(phone.text("#data-export\\:exports"))
          .contains("You have not asked for a copy yet");
      phone.click("#data-export\\:request");
      phone.waitForText("#messages", "We are preparing your copy");
      phone.waitForText("#data-export\\:exports", "Ready: the link is in your mail");
      assertThat(phone.text("#data-export\\:exports")).contains("You", "KB");
      phone.fitsTheWindow("account-data-phone-en");
    }
    try (Browser desktop = Browser.open(Browser.DESKTOP, "de")) {
      desktop.logIn(CUSTOMER, PASSWORD);
      desktop.go("t/acme/account.xhtml");
      assertThat(desktop.text("#data-export\\:exports")).contains("Bereit", "Ihnen");
      desktop.fitsTheWindow("account-data-desktop-de");
    }
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      CustomersPage.chooseAccess(admin, CUSTOMER);
      assertThat(admin.text("#access-data")).contains("Latest copy of their data", "ready");
      admin.click("#access\\:data-export");
      admin.waitForText("#messages", "the download link goes to them by mail");
      // the demo customer's copy may be ready by the time the card shows it again
      assertThat(admin.text("#access-data")).contains("Latest copy of their data");
      admin.fitsTheWindow("admin-customer-data-export");
    }
  }
}
