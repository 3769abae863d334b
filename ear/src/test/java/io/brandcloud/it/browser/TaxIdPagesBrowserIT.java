package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import io.brandcloud.it.ViesStandIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An EU VAT number in Chromium: the demo customer enters a malformed one and is shown the shape
 * (phone, German), then a well-formed one that the EU's VIES (a stand-in) confirms, and reads the
 * confirmation under the field; staff read the same on the customer's billing page (desktop,
 * English). The customer's billing details are put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaxIdPagesBrowserIT {

  private static final String DETAILS = "t/acme/api/v1/billing-details";
  private static final double AA = 4.5;

  @Test
  void aCustomerEntersAVatNumberAndBothSidesReadWhatViesSaid() {
    Http admin = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
    long customer = DemoCustomer.id(admin);
    Http own = new Http(Http.testServer()).as(DemoCustomer.EMAIL, "acme-customer-demo");
    JsonObject before = Http.json(own.get(DETAILS).body());
    try (ViesStandIn vies = ViesStandIn.start().registering("NL123456789B01", "Klant B.V.")) {
      try (Browser phone = Browser.open(Browser.PHONE, "de")) {
        phone.logIn(DemoCustomer.EMAIL, "acme-customer-demo");
        phone.go("t/acme/portal/invoices.xhtml");
        phone.type("#billing\\:country", "NL").type("#billing\\:taxId", "NL12345");
        phone.click("#billing\\:save");
        phone.waitForText("#messages", "NL123456789B01");
        assertThat(vies.asked()).isEmpty();

        phone.type("#billing\\:taxId", "NL 123456789 B01").click("#billing\\:save");
        phone.waitForText("#messages", "gespeichert");
        ViesStandIn.awaitCheck(own, DETAILS, "valid");
        phone.go("t/acme/portal/invoices.xhtml");
        phone.waitForText("#billing\\:taxIdCheck", "best\u00e4tigt");
        assertThat(phone.lowestContrast("#billing\\:taxIdCheck")).isGreaterThanOrEqualTo(AA);
        phone.fitsTheWindow("billing-details-vies-phone-de");
      }
      try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
        desktop.logIn("admin@acme.example", "acme-admin-demo");
        desktop.go("t/acme/admin/customer-billing.xhtml?customer=" + customer);
        desktop.waitForText("#details\\:taxIdCheck", "Confirmed by the EU's VIES register");
        assertThat(desktop.text("#details\\:taxIdCheck")).contains("consultation number WAPIAAAA");
        desktop.fitsTheWindow("customer-billing-vies");
      }
    } finally {
      HttpResponse<String> restored =
          own.put(
              DETAILS,
              Json.createObjectBuilder()
                  .add("address", before.getString("address", ""))
                  .add("country", before.getString("country", ""))
                  .add("region", before.getString("region", ""))
                  .add("taxId", before.getString("taxId", ""))
                  .build()
                  .toString());
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }
  }
}
