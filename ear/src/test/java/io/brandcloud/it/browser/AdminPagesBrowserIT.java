package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Deployments;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reseller's settings and staff pages in Chromium on a phone and on a desktop: they fit the
 * window, a new staff member's one-time password is shown once, and removing a member asks first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear(AdminPagesBrowserIT.class);
  }

  @Test
  void settingsAndStaffOnAPhone() {
    settingsAndStaff(Browser.PHONE);
  }

  @Test
  void settingsAndStaffOnADesktop() {
    settingsAndStaff(Browser.DESKTOP);
  }

  private void settingsAndStaff(int width) {
    String email = "helper-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    try (Browser browser = Browser.open(width, "en")) {
      browser
          .go("t/acme/login.xhtml")
          .type("#login\\:email", "admin@acme.example")
          .type("#login\\:password", "acme-admin-demo")
          .click("#login\\:submit");

      browser.go("t/acme/admin/settings.xhtml");
      assertThat(browser.find("#settings\\:rate").getAttribute("value")).matches("\\d+");
      fitsTheWindow(browser, "admin-settings");

      browser.go("t/acme/admin/staff.xhtml");
      browser.type("#add\\:email", email).type("#add\\:name", "Helper").click("#add\\:submit");
      browser.waitForText("#members", email);
      assertThat(browser.text("#otp")).hasSizeGreaterThanOrEqualTo(12);
      fitsTheWindow(browser, "admin-staff");

      String remove =
          (String)
              browser.script(
                  "return [...document.querySelectorAll('#members .bc-server')]"
                      + ".find(card => card.textContent.includes(arguments[0]))"
                      + ".querySelector('button[id$=remove]').id",
                  email);
      browser.click("[id='" + remove + "']");
      browser.find(".ui-confirm-dialog .ui-confirmdialog-no").click();
      assertThat(browser.text("#members")).contains(email);

      browser.click("[id='" + remove + "']");
      browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      browser.waitForText("#messages", "was removed");
      assertThat(browser.text("#members")).doesNotContain(email);
    }
  }

  private static void fitsTheWindow(Browser browser, String page) {
    browser.screenshot(page);
    assertThat(browser.horizontalOverflow()).as(page + " scrolls sideways").isZero();
  }
}
