package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor whose session ended is led to the branded login page with a word saying so, also from
 * an Ajax action (which an ordinary redirect would leave silent), and returns to the page they were
 * on once logged in; a return address that is not one of the portal's own pages is ignored.
 */
@ExtendWith(ArquillianExtension.class)
class LoginReturnIT {

  @Inject TestTenants tenants;

  private Fixture shop;
  private String base;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("return"), BigDecimal.TEN);
    base = "t/" + shop.tenant().slug();
  }

  @Test
  void aPageThatNeedsALoginSendsToTheLoginAndBackAfterwards() {
    Http browser = new Http(Http.localServer());
    HttpResponse<String> asked = browser.get(base + "/portal/order.xhtml");
    assertThat(asked.statusCode()).isEqualTo(302);
    String location = asked.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/" + base + "/login.xhtml?next=").doesNotContain("expired");
    String next = nextOf(location);
    assertThat(next).isEqualTo("/" + base + "/portal/order.xhtml");

    HttpResponse<String> loggedIn =
        FacesLogin.login(
            browser,
            base + "/login.xhtml",
            TestTenants.customerEmail(shop),
            TestTenants.CUSTOMER_PASSWORD,
            next);

    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location")).hasValue(next);
    assertThat(browser.get(base + "/portal/order.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void anAjaxActionAfterTheSessionEndedIsRedirectedToTheLoginWithAWord() {
    Http expired =
        new Http(Http.localServer())
            .withHeader("Cookie", "JSESSIONID=ended-long-ago")
            .withHeader("Faces-Request", "partial/ajax");

    HttpResponse<String> action =
        expired.postForm(
            base + "/portal/index.xhtml",
            "jakarta.faces.partial.ajax=true&jakarta.faces.source=live&live=live");

    assertThat(action.statusCode()).isEqualTo(200);
    assertThat(action.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    assertThat(action.body())
        .contains("<partial-response><redirect url=\"/" + base + "/login.xhtml?next=")
        .contains("expired=1");
    HttpResponse<String> login = new Http(Http.localServer()).get(base + "/login.xhtml?expired=1");
    assertThat(login.body()).contains("Your session has ended");
  }

  @Test
  void aReturnAddressOutsideThePortalIsIgnored() {
    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("elsewhere"), BigDecimal.ONE);
    for (String next :
        new String[] {
          "//evil.example/" + base + "/portal/index.xhtml",
          "https://evil.example/",
          "/t/" + other.tenant().slug() + "/portal/index.xhtml",
          "/" + base + "/../" + other.tenant().slug() + "/portal/index.xhtml"
        }) {
      Http browser = new Http(Http.localServer());
      HttpResponse<String> loggedIn =
          FacesLogin.login(
              browser,
              base + "/login.xhtml",
              TestTenants.customerEmail(shop),
              TestTenants.CUSTOMER_PASSWORD,
              next);
      assertThat(loggedIn.headers().firstValue("Location"))
          .as(next)
          .hasValue("/" + base + "/portal/index.xhtml");
    }
  }

  private static String nextOf(String location) {
    String query = location.substring(location.indexOf('?') + 1);
    for (String pair : query.split("&")) {
      if (pair.startsWith("next=")) {
        return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No next in " + location);
  }
}
