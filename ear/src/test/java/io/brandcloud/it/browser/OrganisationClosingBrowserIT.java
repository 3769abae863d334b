package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisations page's closing card in Chromium: the demo customer's own account, which runs a
 * server, says what must end first; a team of theirs with nothing in it closes after the password
 * and a question, and is gone from the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationClosingBrowserIT {

  private static final String CUSTOMER = "customer@acme.example";
  private static final String PASSWORD = "acme-customer-demo";
  private static final String ORGANISATIONS = "t/acme/portal/organisations.xhtml";

  @Test
  void aCustomerSeesWhatKeepsTheirAccountOpenAndClosesAnEmptyTeam() {
    Http api = new Http(Http.testServer()).as(CUSTOMER, PASSWORD);
    long personal = personalOrganisation(api);
    try (Browser desktop = Browser.open(Browser.DESKTOP, "de")) {
      desktop.logIn(CUSTOMER, PASSWORD).go(ORGANISATIONS);
      assertThat(desktop.text("#closing")).contains("Ihr Konto schließen");
      assertThat(desktop.text("#close-obstacles")).contains("Server");
      desktop.fitsTheWindow("organisations-close-obstacles-de");
    }

    String team = "Closing team " + System.nanoTime();
    HttpResponse<String> created =
        api.post("t/acme/api/v1/organisations", "{\"name\":\"" + team + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long teamId = Http.json(created.body()).getJsonNumber("id").longValue();
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      api.post("t/acme/api/v1/organisations/" + teamId + "/activate", "");
      phone.logIn(CUSTOMER, PASSWORD).go(ORGANISATIONS);
      assertThat(phone.text("#closing")).contains("Close this organisation", "Money left on it");
      phone.fitsTheWindow("organisations-close-team-en");
      phone.type("#close\\:close-password", PASSWORD);
      phone.click("#close\\:close\\:button");
      assertThat(phone.shownConfirmation().getText()).contains("This cannot be undone.");
      phone.confirm();
      phone.waitForText("#messages", "Closed.");
      assertThat(phone.text("#mine")).doesNotContain(team);
    } finally {
      api.post("t/acme/api/v1/organisations/" + personal + "/activate", "");
    }
    assertThat(api.get("t/acme/api/v1/organisations/" + teamId).statusCode()).isEqualTo(404);
  }

  private static long personalOrganisation(Http api) {
    return Http.json(api.get("t/acme/api/v1/organisations").body())
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> o.getBoolean("personal"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
