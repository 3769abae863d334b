package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer with a billing address, a server, an invoice, a ticket with a file and a staff reply,
 * an API key and a browser login asks to be erased: refused while the server runs, then confirmed
 * with the mailed link. Afterwards the person's name, address and e-mail are looked for in every
 * text column of every table of the tenant: only the invoice they were billed on holds them, and
 * its PDF still renders. Staff erase another customer at once; both leave a record with counts.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

  private static final String PASSWORD = TestTenants.CUSTOMER_PASSWORD;
  private static final String ADDRESS = "12 Quiet Lane, Springfield";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ManualInvoices manual;

  private Fixture shop;
  private Http customer;
  private Http staff;
  private String staffEmail;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("erasure"), new BigDecimal("50.00"));
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), PASSWORD);
    staffEmail = tenants.staffOf(shop);
    staff = http.as(staffEmail, TestTenants.STAFF_PASSWORD);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aCustomerErasedOnTheirRequestLeavesOnlyTheInvoiceTheyWereBilledOn() {
    String email = TestTenants.customerEmail(shop);
    String name = strings("SELECT display_name FROM users WHERE id = " + shop.userId()).get(0);
    HttpResponse<String> billing =
        customer.put(
            api("/billing-details"), "{\"address\":\"" + ADDRESS + "\",\"country\":\"DE\"}");
    assertThat(billing.statusCode()).as(billing.body()).isEqualTo(200);
    long server = scenario.runningServer(shop, shop.customerId(), "erin-box");
    long invoice = activity();
    String neighbour = "x" + email;
    tenants.signUpCustomer(shop.tenant(), neighbour, "Neighbour", PASSWORD);
    new Http(Http.localServer())
        .post(api("/account/password-resets"), "{\"email\":\"" + neighbour + "\"}");
    List<String> neighbourMail = mailTo(neighbour);
    assertThat(neighbourMail).isNotEmpty();

    JsonObject obstacles = Http.json(customer.get(api("/account/erasure")).body());
    assertThat(obstacles.getJsonArray("obstacles").getJsonObject(0).getString("kind"))
        .isEqualTo("servers");
    HttpResponse<String> refused = customer.post(api("/account/erasure"), password(PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("1 server(s) not deleted");
    assertThat(customer.delete(api("/servers/" + server)).statusCode()).isEqualTo(202);
    assertThat(customer.post(api("/account/erasure"), password("not-it-at-all")).statusCode())
        .isEqualTo(400);

    HttpResponse<String> asked = customer.post(api("/account/erasure"), password(PASSWORD));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    String token =
        Mailbox.match(
            OwnMail.lastBodyTo(shop.tenant(), email, "erasure.xhtml?token="),
            "erasure\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    Http anyone = new Http(Http.localServer());
    assertThat(anyone.post(api("/account/erasure/confirm"), "{\"token\":\"wrong\"}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> erased =
        anyone.post(api("/account/erasure/confirm"), "{\"token\":\"" + token + "\"}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(
            anyone
                .post(api("/account/erasure/confirm"), "{\"token\":\"" + token + "\"}")
                .statusCode())
        .as("the link works once")
        .isEqualTo(400);

    assertThat(mailTo(neighbour))
        .as("mail to an address that merely contains the erased one stays")
        .isEqualTo(neighbourMail);
    assertThat(storedAnswers()).isZero();
    assertThat(whereFound(name, email, ADDRESS))
        .as("only the invoice they were billed on keeps the name and address")
        .containsOnly("invoices.billed_to");
    // after the search: a login tried with the old address is recorded like any failed login
    assertThat(customer.get(api("/me")).statusCode()).isIn(401, 403);
    HttpResponse<byte[]> pdf =
        staff.getBytes(
            api("/admin/customers/" + shop.customerId() + "/invoices/" + invoice + "/pdf"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

    JsonObject record = Http.jsonArray(staff.get(api("/admin/erasures")).body()).getJsonObject(0);
    assertThat(record.getJsonNumber("userId").longValue()).isEqualTo(shop.userId());
    assertThat(record.getString("status")).isEqualTo("erased");
    assertThat(record.containsKey("requestedBy")).as("asked for by the person").isFalse();
    assertThat(record.getString("erased")).contains("users 1").contains("ticket files 1");
    assertThat(staff.get(api("/admin/customers?state=closed")).body()).contains("Erased customer");
  }

  @Test
  void staffEraseACustomerAtOnceOnceNothingIsOwed() {
    Fixture other = tenants.anotherCustomer(shop, BigDecimal.ZERO);
    String path = api("/admin/users/" + other.userId() + "/erasure");
    staff.post(
        api("/admin/customers/" + other.customerId() + "/debits"),
        "{\"amount\":\"3\",\"reason\":\"Setup\",\"reference\":\"erase-1\",\"overdraw\":true}");
    HttpResponse<String> refused = staff.post(path, "");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("a balance of -3");
    staff.post(
        api("/admin/customers/" + other.customerId() + "/credits"),
        "{\"amount\":\"3\",\"reason\":\"Waived\",\"reference\":\"erase-2\"}");
    String staffId = strings("SELECT id::text FROM users WHERE role <> 'CUSTOMER'").get(0);
    assertThat(staff.post(api("/admin/users/" + staffId + "/erasure"), "").statusCode())
        .isEqualTo(404);
    // a name any mail may hold as a word: it must not take other people's mail with it
    assertThat(
            staff
                .put(api("/admin/users/" + other.userId() + "/name"), "{\"name\":\"Hello\"}")
                .statusCode())
        .isEqualTo(204);
    List<String> customersMail = mailTo(TestTenants.customerEmail(shop));
    assertThat(String.join("", customersMail)).contains("Hello");

    HttpResponse<String> erased = staff.post(path, "");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(Http.json(erased.body()).getString("erased")).contains("users 1");
    assertThat(mailTo(TestTenants.customerEmail(shop))).isEqualTo(customersMail);
    assertThat(staff.post(path, "").statusCode()).as("erased once").isEqualTo(409);
    JsonObject record = Http.jsonArray(staff.get(api("/admin/erasures")).body()).getJsonObject(0);
    assertThat(record.getString("requestedBy")).isEqualTo(staffEmail);
    assertThat(strings("SELECT email FROM users WHERE id = " + other.userId()))
        .containsExactly("erased-" + other.userId() + "@erased.invalid");
    assertThat(staff.get(api("/admin/audit?action=account.erased")).body())
        .contains("user " + other.userId());
  }

  /** What the customer did before: returns the id of an invoice billed to their address. */
  private long activity() {
    long ticket =
        TestTickets.open(
                customer, api(""), "Slow disk", "It crawls", "boot.log", "kernel: disk slow")
            .ticket();
    staff.post(api("/admin/tickets/" + ticket + "/replies"), "{\"body\":\"Looking into it\"}");
    customer.post(api("/api-keys"), "{\"name\":\"script\",\"scopes\":[\"read:servers\"]}");
    HttpResponse<String> remembered =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), PASSWORD)
            .withHeader("Idempotency-Key", "erasure-ticket")
            .post(api("/tickets"), "{\"subject\":\"Once\",\"body\":\"Only once\"}");
    assertThat(remembered.statusCode()).as(remembered.body()).isEqualTo(201);
    assertThat(storedAnswers()).isEqualTo(1);
    FacesLogin.login(
        new Http(Http.localServer()),
        "t/" + shop.tenant().slug() + "/login.xhtml",
        TestTenants.customerEmail(shop),
        PASSWORD);
    return TestInvoices.paid(shop, manual, shop.customerId());
  }

  /**
   * Every text column of the tenant's tables holding any of the needles as a whole (not inside a
   * longer address or word), as table.column.
   */
  private List<String> whereFound(String... needles) {
    List<String> columns =
        strings(
            "SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND data_type IN"
                + " ('character varying', 'text', 'character', 'json', 'jsonb')"
                + " AND table_name NOT LIKE 'databasechangelog%'");
    assertThat(columns).hasSizeGreaterThan(100);
    TreeSet<String> found = new TreeSet<>();
    for (String column : columns) {
      String[] parts = column.split("\\.");
      for (String needle : needles) {
        String whole =
            "(^|[^a-z0-9._%+-])"
                + needle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "\\\\$0")
                + "($|[^a-z0-9._-])";
        String hits =
            strings(
                    "SELECT count(*)::text FROM "
                        + parts[0]
                        + " WHERE "
                        + parts[1]
                        + "::text ~* '"
                        + whole.replace("'", "''")
                        + "'")
                .get(0);
        if (!hits.equals("0")) {
          found.add(column);
        }
      }
    }
    return new ArrayList<>(found);
  }

  private List<String> mailTo(String address) {
    return strings(
        "SELECT subject || body FROM mail_outbox WHERE recipient = '" + address + "' ORDER BY id");
  }

  private long storedAnswers() {
    return Long.parseLong(
        strings(
                "SELECT count(*)::text FROM idempotency_records WHERE principal = 'user:"
                    + shop.userId()
                    + "'")
            .get(0));
  }

  private static String password(String password) {
    return "{\"currentPassword\":\"" + password + "\"}";
  }

  private List<String> strings(String query) {
    return tenants.strings(shop, query);
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
