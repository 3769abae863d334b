package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console and both demo portals render, each in its own brand; unknown tenants do not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSmokeIT {

  private final Http http = new Http(base());

  static URI base() {
    return Http.testServer();
  }

  @Test
  void thePlatformConsoleAsksOperatorsToLogIn() {
    HttpResponse<String> console = http.get("platform/");
    assertThat(console.statusCode()).isEqualTo(302);
    HttpResponse<String> login = http.get("platform/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Brandcloud").contains("Platform console");
  }

  @Test
  void anOperatorSeesTheTenantsAndTheJobReports() {
    Http browser = new Http(base());
    HttpResponse<String> login =
        FacesLogin.login(
            browser, "platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(browser.get("platform/index.xhtml").body()).contains("acme");
    // the list is paged by slug, and tests add tenants: the operator finds the other by name
    assertThat(
            FacesLogin.submit(
                    browser, "platform/index.xhtml", "tenants", Map.of("search", "globex"), "find")
                .body())
        .contains("Globex Hosting");
    HttpResponse<String> jobs = browser.get("platform/jobs.xhtml");
    assertThat(jobs.statusCode()).isEqualTo(200);
    assertThat(jobs.body()).contains("Hourly charging").contains("Wallet reconciliation");
  }

  @Test
  void eachDemoPortalRendersInItsOwnBrand() {
    HttpResponse<String> acme = http.get("t/acme/login.xhtml");
    assertThat(acme.statusCode()).isEqualTo(200);
    assertThat(acme.body()).contains("Acme Cloud").contains("#d9480f").doesNotContain("Globex");

    HttpResponse<String> globex = http.get("t/globex/login.xhtml");
    assertThat(globex.statusCode()).isEqualTo(200);
    assertThat(globex.body())
        .contains("Globex Hosting")
        .contains("#4dabf7")
        .contains("bc-dark")
        .doesNotContain("Acme");
    assertThat(acme.body()).doesNotContain("bc-dark");
    assertThat(globex.body()).contains("action=\"/t/globex/login.xhtml\"");
  }

  @Test
  void errorPagesWearThePortalsBrandAndSpeakTheVisitorsLanguage() {
    HttpResponse<String> missing = http.get("t/acme/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Acme Cloud").contains("#d9480f").contains("Not found");
    HttpResponse<String> german =
        http.withHeader("Accept-Language", "de-DE,de;q=0.9").get("t/globex/no-such-page.xhtml");
    assertThat(german.statusCode()).isEqualTo(404);
    assertThat(german.body()).contains("Globex Hosting").contains("Nicht gefunden");
    assertThat(http.get("error-page").statusCode()).isEqualTo(404);
  }

  @Test
  void everyPortalHasATabIconInItsColour() {
    HttpResponse<String> icon = http.get("t/acme/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(icon.body()).contains("#d9480f").contains(">A<");
    assertThat(http.get("t/acme/login.xhtml").body()).contains("/t/acme/favicon.svg");
    assertThat(http.get("favicon.ico").statusCode()).isEqualTo(200);
  }

  @Test
  void aTenantsOwnDomainServesItsPortal() {
    HttpResponse<String> acme = http.withHost("acme.localhost").get("login.xhtml");
    assertThat(acme.statusCode()).isEqualTo(200);
    assertThat(acme.body()).contains("Acme Cloud");
    assertThat(http.withHost("acme.localhost").get("platform/login.xhtml").statusCode())
        .isEqualTo(404);
  }

  @Test
  void unknownTenantsAndTenantPagesWithoutATenantAreNotFound() {
    assertThat(http.get("t/no-such-shop/login.xhtml").statusCode()).isEqualTo(404);
    assertThat(http.get("t/no-such-shop/api/v1/servers").statusCode()).isEqualTo(404);
    assertThat(http.get("portal/index.xhtml").statusCode()).isEqualTo(404);
    assertThat(http.get("api/v1/servers").statusCode()).isEqualTo(404);
    assertThat(http.get("t/acme/WEB-INF/web.xml").statusCode()).isEqualTo(404);
    assertThat(http.get("t/acme/WEB-INF/templates/layout.xhtml").statusCode()).isEqualTo(404);
    assertThat(http.get("t/acme/%2e%2e/platform/index.xhtml").statusCode()).isIn(302, 400, 404);
  }

  @Test
  void theDemoCustomerSeesTheirRunningServerAndBalance() {
    Http customer = http.as("customer@acme.example", "acme-customer-demo");
    HttpResponse<String> servers = customer.get("t/acme/api/v1/servers");
    assertThat(servers.statusCode()).isEqualTo(200);
    assertThat(servers.body()).contains("acme-web-1");
    assertThat(customer.get("t/acme/api/v1/balance").body()).contains("\"currency\":\"EUR\"");
  }
}
