package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhooks pages in Chromium: Acme's demo customer adds an endpoint (its secret shown once),
 * sends it a test event and reads the delivery log (nothing listens there, so the delivery waits
 * for its retry), then deletes it once confirmed; the admin's page for the shop's own endpoints on
 * a phone and in German. Nothing is left behind for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookPagesBrowserIT {

  private static final String API = "t/acme/api/v1";

  @Test
  void aCustomerAddsTriesAndDeletesAnEndpoint() {
    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn("customer@acme.example", "acme-customer-demo");
      desktop.go("t/acme/portal/webhooks.xhtml");
      assertThat(desktop.text("#endpoints")).contains("No endpoints yet");
      desktop.type("#add\\:url", "http://127.0.0.1:9/from-the-browser");
      desktop.type("#add\\:description", "Browser check");
      desktop.click("#add\\:save");
      desktop.waitForText("#add", "not shown again");
      assertThat(desktop.text("#secret-value")).startsWith("whsec_");
      assertThat(desktop.text("#endpoints")).contains("Browser check", "Everything", "On");

      desktop.click("#endpoints\\:list\\:0\\:ping");
      desktop.waitForText("#deliveries", "webhook.ping");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                desktop.click("#endpoints\\:list\\:0\\:log");
                return desktop.text("#deliveries");
              },
              log -> log.contains("Waiting") && log.contains("1 attempt"));
      desktop.fitsTheWindow("portal-webhooks");

      desktop.click("#endpoints\\:list\\:0\\:delete\\:button");
      desktop.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      desktop.waitForText("#endpoints", "No endpoints yet");
    }
  }

  @Test
  void theAdminPageListsTheShopsOwnEndpointsOnAPhoneAndInGerman() {
    Http admin = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
    HttpResponse<String> made =
        admin.post(
            API + "/admin/webhook-endpoints",
            "{\"url\":\"http://127.0.0.1:9/erp\",\"description\":\"ERP\","
                + "\"eventTypes\":[\"invoice.*\",\"payment.*\"],\"format\":\"discord\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    long id = Http.json(made.body()).getJsonObject("webhook").getJsonNumber("id").longValue();
    try {
      try (Browser phone = Browser.open(Browser.PHONE, "en")) {
        phone.logIn("admin@acme.example", "acme-admin-demo");
        phone.go("t/acme/admin/webhooks.xhtml");
        assertThat(phone.text("#endpoints"))
            .contains("ERP", "Invoices, Payments", "Lines for Discord");
        phone.fitsTheWindow("admin-webhooks");
      }
      try (Browser phone = Browser.open(Browser.PHONE, "de")) {
        phone.logIn("admin@acme.example", "acme-admin-demo");
        phone.go("t/acme/admin/webhooks.xhtml");
        assertThat(phone.text("#endpoints"))
            .contains("ERP", "Rechnungen, Zahlungen", "Ein", "Zeilen f\u00fcr Discord");
        phone.fitsTheWindow("admin-webhooks-de");
      }
      try (Browser desktop = Browser.open(Browser.DESKTOP, "de")) {
        desktop.logIn("admin@acme.example", "acme-admin-demo");
        desktop.go("t/acme/admin/webhooks.xhtml");
        desktop.click("#endpoints\\:list\\:0\\:log");
        desktop.waitForText("#deliveries", "Noch nichts gesendet");
        desktop.fitsTheWindow("admin-webhooks-de");
      }
    } finally {
      assertThat(admin.delete(API + "/admin/webhook-endpoints/" + id).statusCode()).isEqualTo(204);
    }
  }
}
