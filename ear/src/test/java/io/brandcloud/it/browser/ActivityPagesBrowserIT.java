package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity feed in Chromium: the demo customer (its organisation's owner) finds it in the menu
 * and reads its own login in it, at desktop width in English and at phone width in German.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityPagesBrowserIT {

  private static final double AA = 4.5;

  @Test
  void theOwnerReadsTheOrganisationsActivity() {
    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn(DemoCustomer.EMAIL, "acme-customer-demo");
      desktop.go("t/acme/portal/index.xhtml");
      desktop.clickToLeave("a[href$='/portal/activity.xhtml']");
      desktop.waitForText("#feed\\:entries", "Logged in");
      assertThat(desktop.text("#feed\\:entries tbody tr:first-child"))
          .as("the newest entry is this login, by the member's name")
          .contains("Logged in", "Demo customer");
      assertThat(desktop.lowestContrast("#feed\\:entries")).isGreaterThanOrEqualTo(AA);
      desktop.fitsTheWindow("activity");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn(DemoCustomer.EMAIL, "acme-customer-demo");
      phone.go("t/acme/portal/activity.xhtml");
      phone.waitForText("#feed\\:entries", "Angemeldet");
      assertThat(phone.text("body")).contains("Aktivit\u00e4t");
      phone.fitsTheWindow("activity-phone-de");
    }
  }
}
