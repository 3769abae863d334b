package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.ApplicationClock;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer with a server, an invoice and a credit note, a ticket with a file and a staff note,
 * accepted terms, an API key and a browser login asks for a copy of their data: it is built in the
 * background, the link is mailed, only they can open it, once, and the ZIP holds each record field
 * by field, the PDFs and the file, and no secret. Staff prepare one for the customer; its link runs
 * out after seven days and the nightly retention job removes the archive.
 */
@ExtendWith(ArquillianExtension.class)
class DataExportIT {

  private static final String PASSWORD = TestTenants.CUSTOMER_PASSWORD;

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject ApplicationClock clock;
  @EJB ManualInvoices manual;
  @EJB Servers servers;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Http customer;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("export"), new BigDecimal("100.00"));
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theCustomerGetsEverythingOnceThroughTheMailedLinkAndNoSecret() throws IOException {
    Records records = records();
    Http browser = new Http(Http.localServer());
    FacesLogin.login(browser, portal("/login.xhtml"), TestTenants.customerEmail(shop), PASSWORD);

    HttpResponse<String> asked = customer.post(api("/account/data-exports"), "");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(Http.json(asked.body()).getString("status")).isIn("requested", "building", "ready");
    awaitReady(customer, api("/account/data-exports"));
    JsonObject ready =
        Http.jsonArray(customer.get(api("/account/data-exports")).body()).getJsonObject(0);
    assertThat(ready.getInt("percentDone")).isEqualTo(100);
    assertThat(ready.getBoolean("byStaff")).isFalse();
    assertThat(ready.getJsonNumber("sizeBytes").longValue()).isPositive();

    String token = mailedToken(TestTenants.customerEmail(shop));
    String link = portal("/portal/data-export?token=" + token);
    assertThat(new Http(Http.localServer()).get(link).headers().firstValue("Location"))
        .as("the link asks for a login first")
        .hasValueSatisfying(location -> assertThat(location).contains("login.xhtml"));
    String other = "other@" + shop.tenant().slug() + ".test";
    tenants.signUpCustomer(shop.tenant(), other, "Other Person", PASSWORD);
    new Http(Http.localServer())
        .as(other, PASSWORD)
        .post(api("/legal/acceptances"), "{\"accepted\":[" + records.terms() + "]}");
    Http otherBrowser = new Http(Http.localServer());
    FacesLogin.login(otherBrowser, portal("/login.xhtml"), other, PASSWORD);
    assertRefused(otherBrowser, otherBrowser.getBytes(link));

    HttpResponse<byte[]> download = browser.getBytes(link);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> archive = unzip(download.body());
    assertRefused(browser, browser.getBytes(link));
    assertThat(count("SELECT count(*) FROM data_export_chunks"))
        .as("nothing kept once sent")
        .isZero();

    assertThat(archive)
        .containsKeys(
            "README.txt",
            "profile.json",
            "organisations.json",
            "tax-id-checks.json",
            "servers.json",
            "server-actions.json",
            "ssh-keys.json",
            "subscriptions.json",
            "ledger.json",
            "invoices.json",
            "credit-notes.json",
            "payments.json",
            "tickets.json",
            "consents.json",
            "logins.json",
            "api-keys.json",
            "screening.json",
            "notifications.json",
            "notification-choices.json",
            "activity.json");
    JsonObject profile = (JsonObject) json(archive, "profile.json");
    assertThat(profile.getString("email")).isEqualTo(TestTenants.customerEmail(shop));
    assertThat(profile.getBoolean("two_factor")).isFalse();
    JsonObject organisation = list(archive, "organisations.json").getJsonObject(0);
    assertThat(organisation.getString("role")).isEqualTo("OWNER");
    assertThat(organisation.getJsonNumber("id").longValue()).isEqualTo(shop.customerId());
    assertThat(list(archive, "servers.json").getJsonObject(0).getString("hostname"))
        .isEqualTo("export-box");
    assertThat(list(archive, "server-actions.json")).isNotEmpty();
    assertThat(
            list(archive, "ledger.json").getJsonObject(0).getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("100");

    JsonObject invoice = list(archive, "invoices.json").getJsonObject(0);
    assertThat(invoice.getString("number")).isEqualTo(records.invoiceNumber());
    assertThat(invoice.getJsonArray("lines").getJsonObject(0).getString("description"))
        .isEqualTo("Server migration");
    assertThat(new String(archive.get(invoice.getString("pdf")), 0, 4, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");
    JsonObject note = list(archive, "credit-notes.json").getJsonObject(0);
    assertThat(note.getString("reason")).isEqualTo("Late migration");
    assertThat(archive.get(note.getString("pdf"))).isNotEmpty();

    JsonObject ticket = list(archive, "tickets.json").getJsonObject(0);
    assertThat(ticket.getString("subject")).isEqualTo("Slow disk");
    assertThat(ticket.getJsonArray("messages").toString())
        .contains("It crawls")
        .contains("Looking into it")
        .doesNotContain("Customer is grumpy");
    JsonObject file = ticket.getJsonArray("attachments").getJsonObject(0);
    assertThat(file.getString("file_name")).isEqualTo("boot.log");
    assertThat(new String(archive.get(file.getString("file")), StandardCharsets.US_ASCII))
        .isEqualTo("kernel: disk slow");

    assertThat(list(archive, "consents.json").getJsonObject(0).getString("title"))
        .isEqualTo("Terms of service");
    assertThat(list(archive, "logins.json").getJsonObject(0).getString("address")).isNotBlank();
    assertThat(list(archive, "api-keys.json").getJsonObject(0).getString("name"))
        .isEqualTo("script");
    assertThat(list(archive, "activity.json").toString()).contains("data_export.requested");

    String everything =
        archive.values().stream()
            .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
            .reduce("", String::concat);
    assertThat(everything)
        .as("no secret leaves")
        .doesNotContain(records.apiKey())
        // bc_<prefix>_<secret>: the secret may hold underscores of its own
        .doesNotContain(records.apiKey().split("_", 3)[2])
        .doesNotContain(
            strings("SELECT password_hash FROM users WHERE id = " + shop.userId()).get(0))
        .doesNotContain(strings("SELECT secret_hash FROM api_keys").get(0))
        .doesNotContain(token);
    assertThat(new String(archive.get("README.txt"), StandardCharsets.UTF_8))
        .contains(TestTenants.customerEmail(shop))
        .contains("tickets.json");
    assertThat(staff.get(api("/admin/audit?action=data_export.downloaded")).body())
        .contains(TestTenants.customerEmail(shop));
  }

  @Test
  void staffPrepareACopyForTheCustomerWhoseLinkRunsOutAndIsPurged() throws Exception {
    String path = api("/admin/users/" + shop.userId() + "/data-exports");
    update(
        "INSERT INTO data_exports (user_id, requested_by, by_staff, status, requested_at,"
            + " next_attempt_at) VALUES ("
            + shop.userId()
            + ", NULL, FALSE, 'REQUESTED', now(), now() + interval '1 day')");
    HttpResponse<String> twice = staff.post(path, "");
    assertThat(twice.statusCode()).as("one copy at a time").isEqualTo(409);
    assertThat(twice.body()).contains("being prepared already");
    update("UPDATE data_exports SET status = 'FAILED'");

    HttpResponse<String> asked = staff.post(path, "");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(Http.json(asked.body()).getBoolean("byStaff")).isTrue();
    String staffId = strings("SELECT id::text FROM users WHERE role <> 'CUSTOMER'").get(0);
    assertThat(staff.post(api("/admin/users/" + staffId + "/data-exports"), "").statusCode())
        .as("staff accounts are not customers")
        .isEqualTo(404);
    awaitReady(staff, path);
    assertThat(mailedToken(TestTenants.customerEmail(shop))).isNotBlank();
    assertThat(staff.get(api("/admin/audit?action=data_export.requested")).body())
        .contains("by staff");

    scenario.at(clock.now().plus(Duration.ofDays(8)));
    assertThat(
            Http.jsonArray(customer.get(api("/account/data-exports")).body())
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("expired");
    assertThat(count("SELECT count(*) FROM data_export_chunks")).isPositive();
    assertThat(Jobs.purgePastRetention()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(count("SELECT count(*) FROM data_export_chunks")).isZero();
    assertThat(strings("SELECT status FROM data_exports ORDER BY id"))
        .containsExactly("FAILED", "EXPIRED");
    assertThat(staff.get(api("/admin/audit?action=retention.purged")).body())
        .contains("1 data export archive(s)");
  }

  private void update(String sql) throws Exception {
    transaction.begin();
    shop.as(() -> tenants.em().createNativeQuery(sql).executeUpdate());
    transaction.commit();
  }

  /** What the customer did before asking: known values the archive must hold. */
  private record Records(String invoiceNumber, long terms, String apiKey) {}

  private Records records() {
    shop.as(
        () ->
            servers.create(
                shop.customerId(), shop.planId(), "export-box", "sim-ams1", "debian-12"));
    long ticket =
        TestTickets.open(
                customer, api(""), "Slow disk", "It crawls", "boot.log", "kernel: disk slow")
            .ticket();
    assertThat(
            staff
                .post(
                    api("/admin/tickets/" + ticket + "/replies"), "{\"body\":\"Looking into it\"}")
                .statusCode())
        .isIn(200, 201);
    assertThat(
            staff
                .post(
                    api("/admin/tickets/" + ticket + "/notes"), "{\"body\":\"Customer is grumpy\"}")
                .statusCode())
        .isIn(200, 201);

    long draft =
        shop.as(
            () ->
                manual.draft(
                    shop.customerId(),
                    List.of(
                        new ManualInvoices.LineInput("Server migration", new BigDecimal("40.00"))),
                    14,
                    "t"));
    String number = shop.as(() -> manual.issue(shop.customerId(), draft, "t").number());
    shop.as(() -> manual.pay(shop.customerId(), draft));
    HttpResponse<String> credited =
        staff.post(
            api("/admin/customers/" + shop.customerId() + "/invoices/" + draft + "/credit-notes"),
            "{\"amount\":5,\"reason\":\"Late migration\",\"reference\":\"export-cn\"}");
    assertThat(credited.statusCode()).as(credited.body()).isEqualTo(201);

    long terms =
        Http.json(
                staff
                    .post(
                        api("/admin/legal/terms"),
                        "{\"title\":\"Terms of service\",\"body\":\"Be nice.\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    assertThat(
            customer.post(api("/legal/acceptances"), "{\"accepted\":[" + terms + "]}").statusCode())
        .isIn(200, 201, 204);
    HttpResponse<String> key =
        customer.post(api("/api-keys"), "{\"name\":\"script\",\"scopes\":[\"read:servers\"]}");
    assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
    return new Records(number, terms, Http.json(key.body()).getString("secret"));
  }

  private static void awaitReady(Http who, String path) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.jsonArray(who.get(path).body()).getJsonObject(0).getString("status"))
                    .isEqualTo("ready"));
  }

  private String mailedToken(String email) {
    return Mailbox.match(
        OwnMail.lastBodyTo(shop.tenant(), email, "portal/data-export?token="),
        "portal/data-export\\?token=([A-Za-z0-9_-]+)");
  }

  /** Sent to the account page, which says the link is no good and offers a new copy. */
  private void assertRefused(Http who, HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    String page = portal("/account.xhtml?dataExport=invalid");
    assertThat(response.headers().firstValue("Location")).hasValue("/" + page);
    assertThat(who.get(page).body()).contains("data-export-invalid");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static JsonStructure json(Map<String, byte[]> archive, String name) {
    try (var reader =
        Json.createReader(
            new StringReader(new String(archive.get(name), StandardCharsets.UTF_8)))) {
      return reader.read();
    }
  }

  private static JsonArray list(Map<String, byte[]> archive, String name) {
    return (JsonArray) json(archive, name);
  }

  private List<String> strings(String query) {
    return tenants.strings(shop, query);
  }

  private long count(String query) {
    return Long.parseLong(strings("SELECT (" + query + ")::text").get(0));
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }

  private String portal(String path) {
    return "t/" + shop.tenant().slug() + path;
  }
}
