package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.identity.application.UserAccounts;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports prepared in the background: staff ask for the ledger as a workbook and the customers as
 * CSV, follow them to ready and download files that hold what the tables hold; nobody else sees
 * them (another staff member's is "not found"), a role without the table's rights is refused, bad
 * input is a 400, a file whose day is over is deleted by the worker, and what a staff member asked
 * for goes with them.
 */
@ExtendWith(ArquillianExtension.class)
class PreparedExportsIT {

  private static final String PREPARED = "/admin/exports/prepared";

  @Inject TestTenants tenants;
  @EJB UserAccounts accounts;
  @Resource UserTransaction transaction;

  @Test
  void staffPrepareTablesFollowThemAndDownloadWhatOnlyTheyMay() throws Exception {
    TestTenants.Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("prepared"), new BigDecimal("100.00"));
    long other = tenants.fundedCustomer(shop, "other", new BigDecimal("23.45"));
    Http staff = tenants.staffLogin(shop);

    HttpResponse<String> asked =
        staff.post(
            shop.api(PREPARED),
            "{\"table\":\"ledger\",\"format\":\"xlsx\",\"from\":\"2020-01-01\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    JsonObject requested = Http.json(asked.body());
    long ledgerId = requested.getJsonNumber("id").longValue();
    assertThat(requested.getString("table")).isEqualTo("ledger");
    assertThat(requested.getString("format")).isEqualTo("xlsx");
    assertThat(requested.getString("from")).isEqualTo("2020-01-01");
    assertThat(requested.getString("status")).isIn("requested", "building", "ready");

    JsonObject ledger = awaitReady(staff, shop, ledgerId);
    long rows = ledger.getJsonNumber("rowsWritten").longValue();
    assertThat(rows).as("both customers' credits").isGreaterThanOrEqualTo(2);
    assertThat(ledger.getString("download"))
        .endsWith(shop.api(PREPARED + "/" + ledgerId + "/file"));
    assertThat(ledger.getString("expiresAt")).isNotBlank();
    HttpResponse<byte[]> file = staff.getBytes(shop.api(PREPARED + "/" + ledgerId + "/file"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"ledger-2020-01-01-\\d{4}-\\d{2}-\\d{2}.xlsx\"");
    assertThat(file.headers().firstValue("Content-Length").orElseThrow())
        .isEqualTo(String.valueOf(ledger.getJsonNumber("sizeBytes").longValue()));
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
      List<Row> sheet = book.getFirstSheet().read();
      assertThat(sheet).hasSize((int) rows + 1);
      assertThat(sheet.get(0).getCellText(0)).isEqualTo("id");
      assertThat(
              sheet.stream().skip(1).map(row -> row.getCellAsNumber(2).orElseThrow().longValue()))
          .contains(shop.customerId(), other);
    }

    long customersId =
        Http.json(
                staff
                    .post(shop.api(PREPARED), "{\"table\":\"customers\",\"format\":\"csv\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    awaitReady(staff, shop, customersId);
    String customers = staff.get(shop.api(PREPARED + "/" + customersId + "/file")).body();
    assertThat(customers.lines().findFirst().orElseThrow()).startsWith("\"id\",\"customer\"");
    assertThat(customers).contains("other@" + shop.tenant().slug() + ".test");
    assertThat(Http.jsonArray(staff.get(shop.api(PREPARED)).body()))
        .as("the staff member's own, newest first")
        .extracting(value -> value.asJsonObject().getJsonNumber("id").longValue())
        .containsExactly(customersId, ledgerId);

    onlyForWhoeverAsked(shop, ledgerId);
    refusesWhatDoesNotFit(staff, shop);
    deletesTheFileWhenItsDayIsOver(staff, shop, ledgerId);
    goWithTheStaffMemberWhoAsked(shop);
  }

  private void onlyForWhoeverAsked(TestTenants.Fixture shop, long id) {
    String email = "billing@" + shop.tenant().slug() + ".test";
    shop.as(
        () ->
            accounts.createWithPassword(
                email, "Billing", Role.BILLING, TestTenants.STAFF_PASSWORD));
    Http colleague = new Http(Http.localServer()).as(email, TestTenants.STAFF_PASSWORD);
    assertThat(colleague.get(shop.api(PREPARED + "/" + id)).statusCode()).isEqualTo(404);
    assertThat(colleague.getBytes(shop.api(PREPARED + "/" + id + "/file")).statusCode())
        .isEqualTo(404);
    assertThat(Http.jsonArray(colleague.get(shop.api(PREPARED)).body())).isEmpty();
    HttpResponse<String> tickets =
        colleague.post(shop.api(PREPARED), "{\"table\":\"tickets\",\"format\":\"csv\"}");
    assertThat(tickets.statusCode()).as("billing staff do not see tickets").isEqualTo(403);

    Http customer = TestTenants.customerLogin(shop);
    assertThat(customer.get(shop.api(PREPARED)).statusCode()).isEqualTo(403);
    assertThat(customer.getBytes(shop.api(PREPARED + "/" + id + "/file")).statusCode())
        .isEqualTo(403);
  }

  private static void refusesWhatDoesNotFit(Http staff, TestTenants.Fixture shop) {
    for (String body :
        List.of(
            "{\"table\":\"passwords\",\"format\":\"csv\"}",
            "{\"format\":\"csv\"}",
            "{\"table\":\"ledger\",\"format\":\"pdf\"}",
            "{\"table\":\"ledger\",\"format\":\"csv\",\"from\":\"2026-02-01\",\"to\":\"2026-01-31\"}",
            "{\"table\":\"ledger\",\"format\":\"csv\",\"from\":\"2026-13-01\"}",
            "{\"table\":\"ledger\",\"format\":\"csv\",\"from\":\"2000-01-01\",\"to\":\"2026-01-01\"}",
            "[]")) {
      HttpResponse<String> answer = staff.post(shop.api(PREPARED), body);
      assertThat(answer.statusCode()).as(body + " " + answer.body()).isEqualTo(400);
      assertThat(Http.json(answer.body()).getJsonObject("error").getString("message")).isNotBlank();
    }
    assertThat(staff.get(shop.api(PREPARED + "/999999")).statusCode()).isEqualTo(404);
  }

  private void deletesTheFileWhenItsDayIsOver(Http staff, TestTenants.Fixture shop, long id)
      throws Exception {
    assertThat(chunks(shop, id)).isPositive();
    update(
        shop,
        "UPDATE prepared_exports SET expires_at = now() - interval '1 second' WHERE id = " + id);
    update(
        shop,
        "UPDATE platform.work_due SET due_at = now() WHERE queue = 'prepared-exports'"
            + " AND tenant_id = "
            + shop.tenant().tenantId());
    await().atMost(Duration.ofSeconds(30)).until(() -> chunks(shop, id) == 0);
    assertThat(Http.json(staff.get(shop.api(PREPARED + "/" + id)).body()).getString("status"))
        .isEqualTo("expired");
    HttpResponse<String> gone = staff.get(shop.api(PREPARED + "/" + id + "/file"));
    assertThat(gone.statusCode()).isEqualTo(409);
    assertThat(gone.body()).contains("kept for a day");
  }

  private void goWithTheStaffMemberWhoAsked(TestTenants.Fixture shop) {
    long staff =
        shop.as(() -> accounts.withEmail("staff@" + shop.tenant().slug() + ".test"))
            .orElseThrow()
            .id();
    shop.as(
        () ->
            CurrentCaller.supplyAs(
                Caller.operator("operator@brandcloud.local"),
                () -> {
                  accounts.removeStaff(staff, "operator@brandcloud.local");
                  return null;
                }));
    assertThat(
            shop.as(
                () ->
                    ((Number)
                            tenants
                                .em()
                                .createNativeQuery(
                                    "SELECT count(*) FROM prepared_exports WHERE requested_by = "
                                        + staff)
                                .getSingleResult())
                        .longValue()))
        .isZero();
  }

  private static JsonObject awaitReady(Http staff, TestTenants.Fixture shop, long id) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> Http.json(staff.get(shop.api(PREPARED + "/" + id)).body()),
            export -> {
              assertThat(export.getString("status")).isNotEqualTo("failed");
              return export.getString("status").equals("ready");
            });
  }

  private long chunks(TestTenants.Fixture shop, long id) {
    return shop.as(
        () ->
            ((Number)
                    tenants
                        .em()
                        .createNativeQuery(
                            "SELECT count(*) FROM prepared_export_chunks WHERE export_id = " + id)
                        .getSingleResult())
                .longValue());
  }

  private void update(TestTenants.Fixture shop, String sql) throws Exception {
    transaction.begin();
    shop.as(() -> tenants.em().createNativeQuery(sql).executeUpdate());
    transaction.commit();
  }
}
