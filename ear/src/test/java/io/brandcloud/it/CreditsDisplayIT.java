package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant that sells credits shows its customers credits (100 = 1.00), the API stays in money. */
@ExtendWith(ArquillianExtension.class)
class CreditsDisplayIT {

  @Inject TestTenants tenants;

  @Test
  void thePortalShowsCreditsWhenTheTenantSaysSo() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("credits"), new BigDecimal("12.50"));
    Http http = new Http(Http.localServer());
    String base = "t/" + shop.tenant().slug();
    Http browser = new Http(http.base());
    FacesLogin.login(
        browser,
        base + "/login.xhtml",
        TestTenants.customerEmail(shop),
        TestTenants.CUSTOMER_PASSWORD);
    assertThat(browser.get(base + "/portal/index.xhtml").body()).contains("€12.50");

    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    assertThat(staff.put(base + "/api/v1/admin/settings", "{\"displayCredits\":true}").statusCode())
        .isEqualTo(200);
    assertThat(browser.get(base + "/portal/index.xhtml").body()).contains("1,250 credits");
    assertThat(browser.get(base + "/api/v1/balance").body()).contains("\"amount\":\"12.5\"");
  }
}
