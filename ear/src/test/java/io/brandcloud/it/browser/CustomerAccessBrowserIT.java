package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Customers page's access card in Chromium: the Acme admin sees the demo customer's name and
 * login address to correct, disables the login with a reason, after a question, sees it said, and
 * enables it again; the customer's password works in between not at all and afterwards as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerAccessBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";

  @Test
  void anAdminShutsTheDemoCustomerOutAndLetsThemBackIn() {
    Http customer = new Http(Http.testServer()).as(CUSTOMER, "acme-customer-demo");
    HttpResponse<String> me = customer.get("t/acme/api/v1/me");
    assertThat(me.statusCode()).isEqualTo(200);
    long userId = Http.json(me.body()).getJsonNumber("id").longValue();
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      admin.go("t/acme/admin/customers.xhtml");
      assertThat(admin.text("#access-chosen")).contains("Choose \"Access\"");
      admin.type("#people\\:query", CUSTOMER).click("#people\\:search");
      assertThat(
              admin.script(
                  "return [...document.querySelectorAll('#people tbody tr')]"
                      + ".filter(row => row.textContent.includes('@')).length"))
          .as("the search finds the demo customer alone")
          .isEqualTo(1L);
      assertThat(admin.find("#people\\:export-csv").getAttribute("href"))
          .as("the export carries the search")
          .contains("/t/acme/api/v1/admin/exports/customers.csv?q=customer%40acme.example")
          .contains("&closed=false&from=");
      String access =
          (String)
              admin.script(
                  "return [...document.querySelectorAll('tr')]"
                      + ".find(row => row.textContent.includes(arguments[0]))"
                      + ".querySelector('button[id$=\":access\"]').id",
                  CUSTOMER);
      admin.click("[id='" + access + "']");
      admin.waitForText("#access-chosen", CUSTOMER);
      assertThat(admin.text("#access-state")).isEqualTo("Can log in");
      assertThat(admin.text("#profile-email")).contains(CUSTOMER);
      assertThat(admin.find("#profile\\:profile-name").getAttribute("value")).isNotBlank();

      admin.type("#access\\:access-reason", "Card checks");
      admin.click("#access\\:disable\\:button");
      assertThat(admin.shownConfirmation().getText())
          .contains("Their servers keep running", "Disable login");
      admin.confirm();
      admin.waitForText("#access-state", "Disabled: Card checks");
      assertThat(admin.text("#messages")).contains("can no longer log in");
      admin.fitsTheWindow("admin-customer-access");
      assertThat(customer.get("t/acme/api/v1/me").statusCode()).isEqualTo(403);

      admin.click("#access\\:enable");
      admin.waitForText("#access-state", "Can log in");
    } finally {
      // the demo customer logs in for the tests that follow, whatever happened here
      new Http(Http.testServer())
          .as("admin@acme.example", "acme-admin-demo")
          .post("t/acme/api/v1/admin/users/" + userId + "/enable", "");
    }
    assertThat(customer.get("t/acme/api/v1/me").statusCode()).isEqualTo(200);
  }
}
