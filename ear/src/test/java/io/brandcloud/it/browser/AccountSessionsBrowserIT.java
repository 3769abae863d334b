package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account page's sessions card in Chromium: the demo customer, logged in on a phone and on a
 * desktop, sees both, the phone's marked as this browser, ends the desktop's after a question, and
 * the desktop is sent to the login at its next page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSessionsBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";
  private static final String PASSWORD = "acme-customer-demo";

  @Test
  void aCustomerEndsTheSessionOfAnotherBrowserFromTheirPhone() {
    try (Browser desktop = Browser.open(Browser.DESKTOP, "de");
        Browser phone = Browser.open(Browser.PHONE, "en")) {
      desktop.logIn(CUSTOMER, PASSWORD);
      phone.logIn(CUSTOMER, PASSWORD);
      desktop.go("t/acme/account.xhtml");
      assertThat(desktop.text("#sessions\\:active")).contains("Dieser Browser", "Chrome");
      desktop.fitsTheWindow("account-sessions-desktop-de");

      phone.go("t/acme/account.xhtml");
      assertThat(phone.all("#sessions\\:active tbody tr")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(phone.text("#sessions\\:active")).contains("This browser", "Chrome");
      phone.fitsTheWindow("account-sessions-phone-en");
      int ended = 0;
      // the demo customer may still be listed from browsers earlier tests left: each ends too
      for (String end = otherSession(phone); end != null; end = otherSession(phone)) {
        assertThat(++ended).as("sessions ended").isLessThan(50);
        phone.click("[id='" + end + "']");
        assertThat(phone.shownConfirmation().getText()).contains("End this session?");
        phone.confirm();
        phone.waitForText("#messages", "The session has ended.");
      }
      assertThat(phone.all("#sessions\\:active tbody tr")).hasSize(1);

      desktop.go("t/acme/account.xhtml");
      assertThat(desktop.url()).contains("/login.xhtml");
    }
  }

  /** The End button of a listed session other than this browser's, if any is left. */
  private static String otherSession(Browser browser) {
    return (String)
        browser.script(
            "const row = [...document.querySelectorAll('#sessions\\\\:active tbody tr')]"
                + ".find(r => r.querySelector('button[id$=\":button\"]'));"
                + "return row ? row.querySelector('button[id$=\":button\"]').id : null");
  }
}
