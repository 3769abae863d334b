package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's own choice of language beats the browser's, on the account page and over the API, in
 * this session and the next ones; a language the portal does not speak is refused.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLanguageIT {

  @Inject TestTenants tenants;

  private Fixture shop;
  private String base;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("lang"), BigDecimal.ONE);
    base = "t/" + shop.tenant().slug();
  }

  @Test
  void theLanguageChosenOnTheAccountPageSpeaksNowAndAtTheNextLogin() {
    Http browser = loggedIn();
    assertThat(browser.get(base + "/portal/index.xhtml").body()).contains(">Dashboard<");

    HttpResponse<String> chosen =
        FacesLogin.submit(
            browser, base + "/account.xhtml", "language", Map.of("choice", "de"), "save");
    assertThat(chosen.statusCode()).isEqualTo(302);

    assertThat(browser.get(base + "/portal/index.xhtml").body()).contains("Übersicht");
    assertThat(loggedIn().get(base + "/portal/index.xhtml").body()).contains("Übersicht");

    FacesLogin.submit(browser, base + "/account.xhtml", "language", Map.of("choice", ""), "save");
    assertThat(loggedIn().get(base + "/portal/index.xhtml").body()).contains(">Dashboard<");
  }

  @Test
  void overTheApiALanguageIsChosenOrRefused() {
    Http api =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> german =
        api.put(base + "/api/v1/account/language", "{\"language\":\"de\"}");
    assertThat(german.statusCode()).isEqualTo(200);
    assertThat(german.body()).contains("\"language\":\"de\"");
    assertThat(loggedIn().get(base + "/portal/index.xhtml").body()).contains("Übersicht");

    HttpResponse<String> french =
        api.put(base + "/api/v1/account/language", "{\"language\":\"fr\"}");
    assertThat(french.statusCode()).isEqualTo(400);
    assertThat(french.body()).contains("\"field\":\"language\"");
  }

  private Http loggedIn() {
    Http browser = new Http(Http.localServer());
    FacesLogin.login(
        browser,
        base + "/login.xhtml",
        TestTenants.customerEmail(shop),
        TestTenants.CUSTOMER_PASSWORD);
    return browser;
  }
}
