package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasing an account in Chromium, without erasing the demo: the demo customer's account page names
 * the server that must go first; the confirmation page refuses a link that is no good; the Acme
 * admin's erase button asks first and is refused for the same reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";

  @Test
  void whatMustEndFirstIsNamedAndABadLinkErasesNothing() {
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn(CUSTOMER, "acme-customer-demo");
      phone.go("t/acme/account.xhtml");
      assertThat(phone.text("#erasure-card"))
          .contains("Erase your account", "Before your account can be erased")
          .containsPattern("[0-9]+ server");
      phone.fitsTheWindow("account-erasure-phone-en");
    }
    try (Browser desktop = Browser.open(Browser.DESKTOP, "de")) {
      desktop.go("t/acme/erasure.xhtml?token=not-a-real-token");
      desktop.click("#erasure\\:confirm\\:button");
      assertThat(desktop.shownConfirmation().getText()).contains("endgültig");
      desktop.confirm();
      desktop.waitForText("#messages", "ink");
      assertThat(desktop.all("#erased")).isEmpty();
      desktop.fitsTheWindow("erasure-refused-desktop-de");
    }
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      CustomersPage.chooseAccess(admin, CUSTOMER);
      admin.click("#access\\:erase\\:button");
      assertThat(admin.shownConfirmation().getText()).contains("Only do this on their request");
      admin.confirm();
      admin.waitForText("#messages", "server(s) not deleted");
      admin.fitsTheWindow("admin-customer-erase-refused");
    }
  }
}
