package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Role;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing pages as a browser submits them: an admin adds a tax rule and uploads the logo, a
 * customer enters billing details, staff issue a credit note; bad input is a message, not an error
 * page, and staff without the permission do not get the page.
 */
@ExtendWith(ArquillianExtension.class)
class BillingPagesIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;
  @EJB BillingDetails billingDetails;
  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @EJB UserAccounts accounts;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void adminsCustomersAndStaffKeepBillingInShapeThroughThePages() {
    YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
    Instant start = month.atDay(5).atTime(10, 20).toInstant(ZoneOffset.UTC);
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("pages"), new BigDecimal("30.00"));
    String base = "t/" + shop.tenant().slug();
    String staffEmail = tenants.staffOf(shop);
    Http admin = new Http(Http.localServer());
    FacesLogin.login(admin, base + "/login.xhtml", staffEmail, TestTenants.STAFF_PASSWORD);

    HttpResponse<String> added =
        FacesLogin.submit(
            admin,
            base + "/admin/billing.xhtml",
            "rule",
            fields(
                "country",
                "at",
                "name",
                "USt",
                "rate_input",
                "20",
                "rate_hinput",
                "20",
                "position_input",
                "1",
                "position_hinput",
                "1"),
            "add");
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(added.body()).contains("Tax rule added");
    assertThat(shop.as(() -> taxRules.list()))
        .singleElement()
        .satisfies(r -> assertThat(r.rule().country() + " " + r.rule().name()).isEqualTo("AT USt"));
    HttpResponse<String> refused =
        FacesLogin.submit(
            admin,
            base + "/admin/billing.xhtml",
            "rule",
            fields("country", "XX", "name", "X", "rate_hinput", "5", "position_hinput", "1"),
            "add");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("is not an ISO country code");
    assertThat(shop.as(() -> taxRules.list())).hasSize(1);

    HttpResponse<String> uploaded = uploadLogo(admin, base + "/admin/billing.xhtml");
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Logo uploaded");
    assertThat(shop.as(() -> seller.current().logoType())).isEqualTo("image/png");

    String supportEmail = "support@" + shop.tenant().slug() + ".test";
    shop.as(
        () -> accounts.createWithPassword(supportEmail, "Support", Role.SUPPORT, "support-pass-1"));
    Http support = new Http(Http.localServer());
    FacesLogin.login(support, base + "/login.xhtml", supportEmail, "support-pass-1");
    assertThat(support.get(base + "/admin/billing.xhtml").statusCode()).isEqualTo(403);

    Http customer = new Http(Http.localServer());
    FacesLogin.login(
        customer,
        base + "/login.xhtml",
        TestTenants.customerEmail(shop),
        TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> saved =
        FacesLogin.submit(
            customer,
            base + "/portal/invoices.xhtml",
            "billing",
            fields("address", "Ring 1, 1010 Wien", "country", "at", "region", "", "taxId", ""),
            "save");
    assertThat(saved.body()).contains("Billing details saved");
    assertThat(shop.as(() -> billingDetails.of(shop.customerId()).country())).isEqualTo("AT");

    scenario.runningServer(shop, shop.customerId(), "web-1");
    Jobs.chargeUpTo(start.plus(Duration.ofHours(30)));
    Instant afterMonthEnd = month.plusMonths(1).atDay(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
    scenario.at(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);
    var invoice = shop.as(() -> invoicing.invoicesOf(shop.customerId())).get(0);
    assertThat(invoice.taxes()).extracting(t -> t.name()).containsExactly("USt");

    // a month later: the earlier session is past its 12 hours
    admin = new Http(Http.localServer());
    FacesLogin.login(admin, base + "/login.xhtml", staffEmail, TestTenants.STAFF_PASSWORD);
    String page = base + "/admin/customer-billing.xhtml?customer=" + shop.customerId();
    assertThat(admin.get(page).body()).contains(invoice.number());
    HttpResponse<String> credited =
        FacesLogin.submit(
            admin,
            page,
            "credit",
            fields(
                "invoice_input", Long.toString(invoice.id()),
                "amount:input_input", "0.10",
                "amount:input_hinput", "0.10",
                "reason", "Maintenance window"),
            "issue");
    assertThat(credited.body()).contains("Credit note issued");
    assertThat(shop.as(() -> creditNotes.of(shop.customerId())))
        .singleElement()
        .satisfies(c -> assertThat(c.subtotal().amount()).isEqualByComparingTo("0.10"));
  }

  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static HttpResponse<String> uploadLogo(Http browser, String page) {
    HttpResponse<String> form = browser.get(page);
    String state = FacesLogin.viewState(form);
    String boundary = "----brandcloud" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "logo", null, "logo".getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "logo:upload", null, new byte[0]);
    part(body, boundary, "jakarta.faces.ViewState", null, state.getBytes(StandardCharsets.UTF_8));
    part(
        body,
        boundary,
        "primefaces.nonce",
        null,
        FacesLogin.nonce(form).getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "logo:file_input", "logo.png", TestImages.png(200, 60));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return browser.raw(
        "POST", page, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private static void part(
      ByteArrayOutputStream body, String boundary, String name, String file, byte[] content) {
    String header =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: image/png")
            + "\r\n\r\n";
    body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
