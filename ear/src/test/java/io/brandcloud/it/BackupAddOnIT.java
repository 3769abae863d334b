package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.BackupRemedy;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.reconciliation.application.ProviderReconciliation;
import io.brandcloud.shared.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup add-on is billed only while the provider has confirmed backups are on (and the hourly
 * reconciliation finds them on), is offered only where the provider can switch them on, and what
 * was billed for backups that never existed is given back once. The provider's backups are listed,
 * one is taken on demand, and one is restored over the server.
 */
@ExtendWith(ArquillianExtension.class)
class BackupAddOnIT {

  /** 7.30 a month: 0.01 an hour, like the plan itself. */
  private static final BigDecimal BACKUP_MONTHLY = new BigDecimal("7.30");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB PlanCatalog catalog;
  @EJB BackupRemedy remedy;
  @EJB Wallets wallets;
  @EJB CreditNotes creditNotes;
  @EJB ProviderReconciliation reconciliation;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("backup"), new BigDecimal("50.00"));
    owner =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aServerOrderedWithBackupsIsBilledForThemOnlyOnceTheProviderSwitchedThemOn() {
    offerBackups();
    HttpResponse<String> ordered =
        owner.post(
            api("/servers"),
            "{\"planId\":%d,\"hostname\":\"safe-1\",\"region\":\"sim-ams1\",\"image\":\"debian-12\",\"backup\":true}"
                .formatted(shop.planId()));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    assertThat(ordered.body())
        .contains("\"backup\":true", "\"backupActive\":false", "\"amount\":\"0.01\"");
    long server = Http.json(ordered.body()).getJsonNumber("id").longValue();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> server(server).contains("\"backupActive\":true"));
    assertThat(server(server)).as("from the next full hour").contains("\"amount\":\"0.02\"");
    assertThat(simulatorBackups(server)).isTrue();

    HttpResponse<String> off =
        owner.post(api("/servers/" + server + "/backup"), "{\"enabled\":false}");
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(off.body()).contains("\"backup\":false", "\"backupActive\":false", "\"0.01\"");
    await().atMost(Duration.ofSeconds(30)).until(() -> !simulatorBackups(server));
  }

  @Test
  void theProvidersBackupsAreListedHourlyAndOneIsRestoredOverTheServer() {
    offerBackups();
    long server = orderWithBackups("kept-3");
    await("the first backup, listed once backups are on")
        .atMost(Duration.ofSeconds(30))
        .until(() -> owner.get(api("/servers/" + server + "/backups")).body().contains("takenAt"));
    assertThat(owner.get(api("/servers/" + server + "/backups")).body())
        .contains("\"offered\":true", "\"restorable\":true", "\"backupActive\":true");
    simulatorSql("backups_since = backups_since - interval '2 days'", server);

    shop.as(reconciliation::reconcile);

    JsonObject listed = Http.json(owner.get(api("/servers/" + server + "/backups")).body());
    assertThat(listed.containsKey("listedAt")).isTrue();
    List<JsonObject> backups = listed.getJsonArray("backups").getValuesAs(JsonObject.class);
    assertThat(backups).as("one when switched on, one a day since").hasSize(3);
    assertThat(Instant.parse(backups.get(0).getString("takenAt")))
        .isAfter(Instant.parse(backups.get(2).getString("takenAt")));
    String oldest = backups.get(2).getString("id");

    assertThat(restore(server, "\"backupId\":\"sim-backup-1\"").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = restore(server, "\"backupId\":null");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("backupId");
    succeeds(server, restore(server, "\"backupId\":\"" + oldest + "\""));
    assertThat(simulatorColumn("restored_backup", server)).isEqualTo(oldest);
    assertThat(staff.get(api("/admin/audit?action=server.restore_backup")).body())
        .contains("kept-3");
    owner.delete(api("/servers/" + server));
  }

  @Test
  void aBackupTakenNowIsListedReplacesTheOneTakenBeforeAndNeedsBackupsOn() {
    offerBackups();
    long server = orderWithBackups("now-1");
    assertThat(owner.get(api("/servers/" + server + "/backups")).body())
        .contains("\"onDemand\":true");
    succeeds(server, takeBackup(server));
    List<JsonObject> first = onDemand(server);
    assertThat(first).hasSize(1);
    assertThat(first.get(0).getString("label")).as("named after the server").startsWith("now-1-");

    succeeds(server, takeBackup(server));
    List<JsonObject> second = onDemand(server);
    assertThat(second)
        .as("the provider keeps one taken on demand: the new one replaced the first")
        .hasSize(1);
    String taken = second.get(0).getString("id");
    assertThat(taken).isNotEqualTo(first.get(0).getString("id"));
    assertThat(backups(server)).as("beside the daily one").hasSize(2);
    succeeds(server, restore(server, "\"backupId\":\"" + taken + "\""));
    assertThat(simulatorColumn("restored_backup", server)).isEqualTo(taken);
    assertThat(staff.get(api("/admin/audit?action=server.take_backup")).body()).contains("now-1");

    HttpResponse<String> off =
        owner.post(api("/servers/" + server + "/backup"), "{\"enabled\":false}");
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    HttpResponse<String> refused = takeBackup(server);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("switch the backup add-on on first");
    owner.delete(api("/servers/" + server));
  }

  @Test
  void backupsAreBilledOnlyWhileTheProviderHasThemOn() {
    offerBackups();
    long server = orderWithBackups("drift-1");
    simulatorSql("backups = FALSE, backups_since = NULL", server);

    assertThat(shop.as(reconciliation::reconcile).corrected()).isEqualTo(1);

    assertThat(staff.get(api("/admin/reconciliation/drift")).body())
        .contains("BACKUPS_CORRECTED", "not billed for them until they are");
    await("asked of the provider again, and billed once it confirms")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                simulatorBackups(server)
                    && server(server).contains("\"backupActive\":true")
                    && owner
                        .get(api("/servers/" + server + "/actions"))
                        .body()
                        .contains("backups off at the provider"));
    assertThat(shop.as(reconciliation::reconcile).corrected()).isZero();

    assertThat(
            owner.post(api("/servers/" + server + "/backup"), "{\"enabled\":false}").statusCode())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() -> !simulatorBackups(server));
    // the provider's switch did not hold: they are on there again
    simulatorSql("backups = TRUE, backups_since = now()", server);

    assertThat(shop.as(reconciliation::reconcile).corrected())
        .as("on at the provider, not ordered: switched off there")
        .isEqualTo(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> !simulatorBackups(server));
    assertThat(server(server)).contains("\"backup\":false", "\"amount\":\"0.01\"");
    owner.delete(api("/servers/" + server));
  }

  @Test
  void aProviderThatCannotSwitchBackupsOnIsNotOfferedThem() {
    HttpResponse<String> connection =
        staff.post(
            api("/admin/connections"),
            "{\"name\":\"Own panel\",\"type\":\"virtfusion\",\"apiUrl\":\"http://127.0.0.1:9\","
                + "\"token\":\"vf-token\"}");
    assertThat(connection.statusCode()).as(connection.body()).isEqualTo(201);
    long connectionId = Http.json(connection.body()).getJsonNumber("id").longValue();
    sql(
        ("INSERT INTO provider_catalog (connection_id, kind, code, name, monthly_cost,"
                + " cost_currency, synced_at) VALUES (%1$d, 'PLAN', 'vf-1', 'VF 1', 5, 'EUR', now()),"
                + " (%1$d, 'REGION', 'vf-r', 'VF region', NULL, NULL, now()),"
                + " (%1$d, 'IMAGE', 'vf-i', 'VF image', NULL, NULL, now())")
            .formatted(connectionId));
    HttpResponse<String> plan =
        staff.post(
            api("/admin/plans"),
            "{\"connectionId\":%d,\"providerPlanCode\":\"vf-1\",\"name\":\"Own 1\",\"markupPercent\":46}"
                .formatted(connectionId));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    long planId = Http.json(plan.body()).getJsonNumber("id").longValue();
    HttpResponse<String> priced =
        staff.put(api("/admin/plans/" + planId), "{\"backupMonthlyPrice\":7.30}");
    assertThat(priced.body()).contains("\"backupsOffered\":false");

    String onSale = owner.get(api("/plans")).body();
    assertThat(onSale).contains("\"name\":\"Own 1\"");
    assertThat(
            Http.jsonArray(onSale).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("Own 1"))
                .findFirst()
                .orElseThrow()
                .get("backupMonthlyPrice"))
        .as("the add-on is not offered where it would not exist")
        .isIn(null, jakarta.json.JsonValue.NULL);

    HttpResponse<String> refused =
        owner.post(
            api("/servers"),
            "{\"planId\":%d,\"hostname\":\"own-1\",\"region\":\"vf-r\",\"image\":\"vf-i\",\"backup\":true}"
                .formatted(planId));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("action_not_offered", "backups");
  }

  @Test
  void backupsBilledThatNeverExistedAreGivenBackOnceInvoicedByACreditNoteAndOpenToTheWallet() {
    Instant start = Instant.parse("2026-01-10T09:30:00Z");
    scenario.at(start);
    offerBackups();
    long server = scenario.runningServer(shop, shop.customerId(), "old-1");
    // what the add-on did before it waited for the provider: billed from the next full hour on
    sql(
        "INSERT INTO audit_log (occurred_at, actor, action, target, details) VALUES"
            + " ('2026-01-10T09:40:00Z', 'customer', 'server.backup_on', 'server "
            + server
            + "',"
            + " 'old-1')");
    sql(
        "UPDATE servers SET backup = TRUE, hourly_price = 0.02, previous_price = 0.01,"
            + " price_changed_at = '2026-01-10T10:00:00Z' WHERE id = "
            + server);

    Jobs.chargeUpTo(Instant.parse("2026-02-01T00:01:00Z"));
    scenario.at(Instant.parse("2026-02-01T00:30:00Z"));
    Jobs.invoiceAsOf(Instant.parse("2026-02-01T00:30:00Z"));
    Jobs.chargeUpTo(Instant.parse("2026-02-02T03:01:00Z"));
    // 09:00 without, then 10:00 to 23:00 on the 31st: 518 hours with the add-on in January;
    // in February 00:00 on the 1st to 03:00 on the 2nd, 28 hours, not invoiced yet
    assertThat(amounts("2026-01-01", "2026-02-01")).containsOnly("0.010000", "0.020000");
    BigDecimal paidBefore = balance();

    String done =
        shop.as(() -> CurrentCaller.supplyAs(Caller.system("test"), remedy::runOnce).orElseThrow());

    assertThat(done).contains("1 servers", "1 credit notes", "1 months not yet invoiced");
    List<io.brandcloud.billing.application.CreditNoteSummary> notes =
        shop.as(() -> creditNotes.of(shop.customerId()));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).subtotal()).isEqualTo(new Money(new BigDecimal("5.18"), eur()));
    assertThat(amounts("2026-02-01", "2026-03-01"))
        .as("February's charges bill what was owed")
        .hasSize(28)
        .containsOnly("0.010000");
    assertThat(balance())
        .isEqualTo(paidBefore.add(new BigDecimal("5.18")).add(new BigDecimal("0.28")));
    assertThat(shop.as(() -> wallets.ledgerSum(shop.customerId())).amount())
        .isEqualByComparingTo(balance());
    assertThat(staff.get(api("/admin/audit?action=billing.backups_given_back")).body())
        .contains("5.46");
    assertThat(server(server)).contains("\"backup\":true");
    // the provider is asked now; once it confirms, the add-on is billed from the next full hour
    // again, from the price the share was taken off
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> server(server).contains("\"backupActive\":true"));
    assertThat(
            shop.as(
                () ->
                    tenants
                        .em()
                        .createNativeQuery(
                            "SELECT CAST(previous_price AS varchar) || ' '"
                                + " || CAST(price_changed_at AT TIME ZONE 'UTC' AS varchar)"
                                + " FROM servers WHERE id = ?1")
                        .setParameter(1, server)
                        .getSingleResult()))
        .isEqualTo("0.010000 2026-02-01 01:00:00");

    assertThat(shop.as(() -> CurrentCaller.supplyAs(Caller.system("test"), remedy::runOnce)))
        .as("once only")
        .isEmpty();
    owner.delete(api("/servers/" + server));
  }

  private long orderWithBackups(String hostname) {
    HttpResponse<String> ordered =
        owner.post(
            api("/servers"),
            "{\"planId\":%d,\"hostname\":\"%s\",\"region\":\"sim-ams1\",\"image\":\"debian-12\",\"backup\":true}"
                .formatted(shop.planId(), hostname));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    long server = Http.json(ordered.body()).getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> server(server).contains("\"backupActive\":true"));
    return server;
  }

  private HttpResponse<String> takeBackup(long server) {
    return owner.post(api("/servers/" + server + "/actions"), "{\"type\":\"take_backup\"}");
  }

  /**
   * The action asked for, once it succeeded at the provider; asked twice a second, within the API's
   * limit of requests a minute.
   */
  private void succeeds(long server, HttpResponse<String> asked) {
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long action = Http.json(asked.body()).getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                owner
                    .get(api("/servers/" + server + "/actions/" + action))
                    .body()
                    .contains("\"status\":\"succeeded\""));
  }

  private List<JsonObject> backups(long server) {
    return Http.json(owner.get(api("/servers/" + server + "/backups")).body())
        .getJsonArray("backups")
        .getValuesAs(JsonObject.class);
  }

  /** The backups taken on demand (the simulator's daily ones carry no label). */
  private List<JsonObject> onDemand(long server) {
    return backups(server).stream()
        .filter(b -> b.containsKey("label") && !b.isNull("label"))
        .toList();
  }

  private HttpResponse<String> restore(long server, String backup) {
    return owner.post(
        api("/servers/" + server + "/actions"), "{\"type\":\"restore_backup\"," + backup + "}");
  }

  /** Changes the simulator's "data centre", as the provider itself would. */
  private void simulatorSql(String assignments, long server) {
    sql(
        "UPDATE simulator_servers ss SET "
            + assignments
            + " FROM servers s WHERE s.external_id = 'sim-' || ss.id AND s.id = "
            + server);
  }

  private String simulatorColumn(String column, long server) {
    return String.valueOf(tenants.simulatorColumn(shop, column, server));
  }

  private void offerBackups() {
    shop.as(
        () ->
            CurrentCaller.supplyAs(
                Caller.system("test"),
                () -> catalog.changePricing(shop.planId(), null, BACKUP_MONTHLY, "test")));
  }

  private String server(long id) {
    return owner.get(api("/servers/" + id)).body();
  }

  private boolean simulatorBackups(long server) {
    return (Boolean) tenants.simulatorColumn(shop, "backups", server);
  }

  private List<String> amounts(String from, String to) {
    return shop.as(
        () ->
            tenants
                .em()
                .createNativeQuery(
                    "SELECT CAST(amount AS varchar) FROM usage_charges WHERE period_start >= CAST(?1"
                        + " AS timestamptz) AND period_start < CAST(?2 AS timestamptz)"
                        + " ORDER BY period_start")
                .setParameter(1, from + "T00:00:00Z")
                .setParameter(2, to + "T00:00:00Z")
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList());
  }

  private BigDecimal balance() {
    return shop.as(() -> wallets.balanceOf(shop.customerId())).amount();
  }

  private void sql(String statement) {
    try {
      transaction.begin();
      shop.as(() -> tenants.em().createNativeQuery(statement).executeUpdate());
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private java.util.Currency eur() {
    return shop.tenant().currency();
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
