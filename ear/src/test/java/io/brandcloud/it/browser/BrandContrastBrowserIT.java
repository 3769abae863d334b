package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A brand's colour never makes text unreadable (WCAG AA, 4.5:1), measured in Chromium: Globex's
 * light blue on dark pages carried its menu links at 1.4:1 and its buttons at 2.5:1 in white;
 * Acme's orange carried white text at 4.3:1 and its balance in orange at 3.6:1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandContrastBrowserIT {

  private static final double AA = 4.5;

  @Test
  void globexsLightBlueReadsInItsMenuButtonsAndTableHeadsOnDarkPages() {
    try (Browser staff = Browser.open(Browser.DESKTOP, "en")) {
      staff.logIn("t/globex/login.xhtml", "admin@globex.example", "globex-admin-demo");
      staff.go("t/globex/admin/audit.xhtml");
      for (String text :
          new String[] {
            ".bc-product",
            ".bc-nav a",
            ".bc-user .ui-button",
            ".ui-datatable thead th",
            ".bc-main .ui-button:not(.ui-button-flat):not(.ui-button-outlined)"
          }) {
        assertThat(staff.lowestContrast(text)).as(text).isGreaterThanOrEqualTo(AA);
      }
      staff.fitsTheWindow("brand-contrast-globex");
    }
  }

  @Test
  void acmesOrangeReadsInItsFoldedMenuAndAsTheBalanceOnAPhone() {
    try (Browser customer = Browser.open(Browser.PHONE, "en")) {
      customer.logIn("customer@acme.example", "acme-customer-demo");
      customer.go("t/acme/portal/index.xhtml");
      assertThat(customer.lowestContrast(".bc-balance")).isGreaterThanOrEqualTo(AA);
      assertThat(customer.lowestContrast(".bc-main a"))
          .as("links in the accent (Acme's orange), darkened to read")
          .isGreaterThanOrEqualTo(AA);
      assertThat(customer.lowestContrast(".bc-menu-button")).isGreaterThanOrEqualTo(AA);
      customer.click(".bc-menu-button");
      assertThat(customer.lowestContrast(".bc-nav a")).isGreaterThanOrEqualTo(AA);
      customer.fitsTheWindow("brand-contrast-acme");
    }
  }
}
