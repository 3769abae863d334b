package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.ChargingChunks;
import io.brandcloud.billing.application.HourlyCharging;
import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.Spending;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.SqlValues;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hourly charging as the batch job runs it: each running server is charged once per hour, also when
 * an hour runs twice; a low balance is warned once a day; new prices start at the next full hour;
 * and a large tenant is charged in ranges of whole organisations. One deployment serves them all,
 * since each deployment costs the suite about ten seconds.
 */
@ExtendWith(ArquillianExtension.class)
class HourlyChargingScenarioIT {

  // sim-1 costs 5.00 a month; with 46 % markup the plan is 7.30 a month, exactly 0.01 an hour
  private static final BigDecimal HOURLY = new BigDecimal("0.010000");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;
  @EJB JobReports reports;
  @EJB ChargingChunks chunks;
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  @PersistenceContext(unitName = "brandcloud")
  EntityManager em;

  @AfterEach
  void backToTheSystemClock() {
    System.clearProperty(HourlyCharging.SERVERS_PER_TRANSACTION);
    scenario.reset();
  }

  @Test
  void chargesARunningServerOncePerHourEvenWhenAnHourRunsTwice() {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("charging"), new BigDecimal("20.00"));
    long server = scenario.runningServer(shop, shop.customerId(), "web-1");

    Instant firstRun = start.plusSeconds(60);
    assertThat(Jobs.chargeUpTo(firstRun)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.chargeUpTo(firstRun.plus(Duration.ofHours(1))))
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.chargeUpTo(firstRun.plus(Duration.ofHours(2))))
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(charges(shop, server)).isEqualTo(3);

    assertThat(Jobs.chargeUpTo(firstRun.plus(Duration.ofHours(2))))
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(charges(shop, server)).isEqualTo(3);

    Money balance = shop.as(() -> wallets.balanceOf(shop.customerId()));
    assertThat(balance.amount())
        .isEqualByComparingTo(
            new BigDecimal("20").subtract(HOURLY.multiply(BigDecimal.valueOf(3))));
    assertWalletMatchesLedger(shop);
  }

  @Test
  void eachUsageRowNamesItsServerAndItsHourAndTheDashboardAddsThemUp() {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("rows"), new BigDecimal("20.00"));
    scenario.runningServer(shop, shop.customerId(), "app-7");
    Jobs.chargeUpTo(start.plus(Duration.ofHours(1)).plusSeconds(60));

    List<LedgerLine> usage =
        shop.as(() -> wallets.transactions(shop.customerId())).stream()
            .filter(line -> line.type().equals("USAGE_CHARGE"))
            .toList();

    assertThat(usage).as("the hour the server started in and the next").hasSize(2);
    assertThat(usage).allSatisfy(line -> assertThat(line.usage().hostname()).isEqualTo("app-7"));
    assertThat(usage.stream().map(line -> line.usage().periodStart()))
        .containsExactlyInAnyOrder(
            start.truncatedTo(java.time.temporal.ChronoUnit.HOURS),
            start.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1)));
    Spending spending = shop.as(() -> wallets.spending(shop.customerId(), 30));
    assertThat(spending.thisMonth().amount())
        .isEqualByComparingTo(HOURLY.multiply(BigDecimal.valueOf(2)));
    assertThat(spending.days()).hasSize(30);
    assertThat(spending.days().get(29).amount().amount())
        .isEqualByComparingTo(HOURLY.multiply(BigDecimal.valueOf(2)));
  }

  @Test
  void catchesUpTheHoursMissedWhileNoChargingRan() {
    Instant start = Scenario.nextMonthAt("03:05");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("catchup"), new BigDecimal("5.00"));
    long server = scenario.runningServer(shop, shop.customerId(), "db-1");

    Jobs.chargeUpTo(start.plusSeconds(60));
    assertThat(charges(shop, server)).isEqualTo(1);
    Jobs.chargeUpTo(start.plus(Duration.ofHours(2)).plusSeconds(60));
    assertThat(charges(shop, server)).isEqualTo(3);
    // the panel was down for three hours: the next run starts at the watermark and charges what it
    // missed
    Jobs.chargeUpTo(start.plus(Duration.ofHours(5)).plusSeconds(60));
    assertThat(charges(shop, server)).isEqualTo(6);
    assertWalletMatchesLedger(shop);
  }

  @Test
  void twoRunsOfTheSameHourAtOnceChargeEachServerHourOnce() {
    Instant start = Scenario.nextMonthAt("14:40");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("race"), new BigDecimal("50.00"));
    long first = scenario.runningServer(shop, shop.customerId(), "race-1");
    scenario.at(start);
    long second = scenario.runningServer(shop, shop.customerId(), "race-2");

    Instant later = start.plus(Duration.ofHours(12));
    long one = Jobs.startCharging(later);
    long other = Jobs.startCharging(later);
    assertThat(Jobs.awaitDone(one)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.awaitDone(other)).isEqualTo(BatchStatus.COMPLETED);

    assertThat(charges(shop, first)).isEqualTo(13);
    assertThat(charges(shop, second)).isEqualTo(13);
    Money balance = shop.as(() -> wallets.balanceOf(shop.customerId()));
    assertThat(balance.amount()).isEqualByComparingTo(new BigDecimal("49.74"));
    assertWalletMatchesLedger(shop);

    // read by run, not among the platform's newest: other tests' clocks run later than this one's
    List<Object[]> runs =
        shop.as(
            () ->
                rows(
                    em.createNativeQuery(
                            "SELECT charges, failure FROM platform.charging_runs"
                                + " WHERE tenant_id = ?1 AND job_execution_id IN (?2, ?3)")
                        .setParameter(1, shop.tenant().tenantId())
                        .setParameter(2, one)
                        .setParameter(3, other)
                        .getResultList()));
    assertThat(runs).hasSize(2);
    assertThat(runs.stream().mapToLong(r -> ((Number) r[0]).longValue()).sum()).isEqualTo(26);
    assertThat(runs).allSatisfy(r -> assertThat(r[1]).isNull());
  }

  private static List<Object[]> rows(List<?> result) {
    return result.stream().map(Object[].class::cast).toList();
  }

  @Test
  void reconciliationReportsAWalletWhoseBalanceLeftItsLedger() {
    Fixture honest = tenants.withCustomer(TestTenants.uniqueSlug("honest"), new BigDecimal("9.00"));
    Fixture broken = tenants.withCustomer(TestTenants.uniqueSlug("broken"), new BigDecimal("9.00"));
    // a bug that moved a balance without a ledger row, which nothing in the application does
    broken.as(
        () ->
            inTransaction(
                () ->
                    em.createNativeQuery(
                            "UPDATE wallets SET balance = balance + 1.5 WHERE organisation_id = ?1")
                        .setParameter(1, broken.customerId())
                        .executeUpdate()));

    assertThat(Jobs.reconcile()).isEqualTo(BatchStatus.COMPLETED);

    List<WalletDrift> drift = reports.recentDrift(500);
    assertThat(drift)
        .filteredOn(d -> d.tenantSlug().equals(broken.tenant().slug()))
        .singleElement()
        .satisfies(d -> assertThat(d.difference()).isEqualByComparingTo("1.5"));
    assertThat(drift).noneMatch(d -> d.tenantSlug().equals(honest.tenant().slug()));
  }

  /**
   * Once a tenant's tables have statistics, PostgreSQL's estimate for the charging statement
   * crosses jit_above_cost, and compiling it cost twice the statement; the datasource turns JIT off
   * for every application session.
   */
  @Test
  void applicationSessionsRunWithoutJitCompilation() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("nojit"), new BigDecimal("1.00"));
    String jit =
        shop.as(
            () -> {
              try {
                transaction.begin();
                try {
                  return (String) em.createNativeQuery("SHOW jit").getSingleResult();
                } finally {
                  transaction.commit();
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(jit).isEqualTo("off");
  }

  private void assertWalletMatchesLedger(Fixture shop) {
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())))
        .isEqualTo(shop.as(() -> wallets.ledgerSum(shop.customerId())));
  }

  private int inTransaction(java.util.function.IntSupplier work) {
    try {
      transaction.begin();
      int result = work.getAsInt();
      transaction.commit();
      return result;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long charges(Fixture shop, long serverId) {
    return shop.as(
        () ->
            ((Number)
                    em.createNativeQuery("SELECT count(*) FROM usage_charges WHERE server_id = ?1")
                        .setParameter(1, serverId)
                        .getSingleResult())
                .longValue());
  }

  @Test
  void aLowBalanceIsWarnedOnceADay() {
    Instant start = Scenario.nextMonthAt("07:10");
    scenario.at(start);
    // 0.01 an hour: 0.20 lasts 20 hours, under the 24-hour threshold
    Fixture low = tenants.withCustomer(TestTenants.uniqueSlug("low"), new BigDecimal("0.20"));
    Fixture healthy = tenants.withCustomer(TestTenants.uniqueSlug("rich"), new BigDecimal("20.00"));
    scenario.runningServer(low, low.customerId(), "thin-1");
    scenario.runningServer(healthy, healthy.customerId(), "fat-1");

    Instant firstRun = start.plusSeconds(60);
    assertThat(Jobs.chargeUpTo(firstRun)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.chargeUpTo(firstRun.plus(Duration.ofHours(1))))
        .isEqualTo(BatchStatus.COMPLETED);
    List<String> warnings = warnings(low);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("covers about 19 more hours").contains("Top up");
    assertThat(warnings(healthy)).isEmpty();

    assertThat(Jobs.chargeUpTo(firstRun.plus(Duration.ofHours(25))))
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(warnings(low)).as("a day later, a second warning").hasSize(2);
  }

  private List<String> warnings(Fixture fixture) {
    // named schema: two tenants are read in one test, outside any transaction
    return ((List<?>)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT body FROM "
                        + fixture.tenant().schema().name()
                        + ".mail_outbox WHERE subject LIKE '%running low' ORDER BY id")
                .getResultList())
        .stream().map(String.class::cast).toList();
  }

  @Test
  void newPricesStartAtTheNextFullHour() {
    Instant start = Scenario.nextMonthAt("09:05");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("price"), new BigDecimal("20"));
    long server = scenario.runningServer(shop, shop.customerId(), "priced-1");
    Http http = new Http(Http.localServer());
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http owner = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    String base = "t/" + shop.tenant().slug() + "/api/v1";

    Jobs.chargeUpTo(start.plus(Duration.ofMinutes(1)));
    HttpResponse<String> noBackups =
        owner.post(base + "/servers/" + server + "/backup", "{\"enabled\":true}");
    assertThat(noBackups.statusCode()).isEqualTo(400);

    scenario.at(start.plus(Duration.ofMinutes(85)));
    // 5.00 cost + 192 % = 14.60 a month = 0.02 an hour (was 46 %: 7.30, 0.01)
    HttpResponse<String> repriced =
        staff.put(
            base + "/admin/plans/" + shop.planId(),
            "{\"markupPercent\":192,\"backupMonthlyPrice\":7.30}");
    assertThat(repriced.statusCode()).as(repriced.body()).isEqualTo(200);
    assertThat(repriced.body()).contains("\"hourlyPrice\":{\"amount\":\"0.02\"");
    // servers follow the plan through the outbox, right after the change commits
    await().atMost(Duration.ofSeconds(30)).until(() -> serversRepriced(shop));

    Jobs.chargeUpTo(start.plus(Duration.ofMinutes(181)));
    assertThat(hourlyAmounts(shop, server))
        .as("09:00 and 10:00 at the old price (10:00 was under way), 11:00 and 12:00 at the new")
        .containsExactly("0.01", "0.01", "0.02", "0.02");

    scenario.at(start.plus(Duration.ofMinutes(205)));
    HttpResponse<String> backup =
        owner.post(base + "/servers/" + server + "/backup", "{\"enabled\":true}");
    assertThat(backup.statusCode()).as(backup.body()).isEqualTo(200);
    assertThat(backup.body())
        .as("billed only once the provider has switched backups on")
        .contains("\"backup\":true")
        .contains("\"backupActive\":false")
        .contains("\"amount\":\"0.02\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> owner.get(base + "/servers/" + server).body().contains("\"backupActive\":true"));
    assertThat(owner.get(base + "/servers/" + server).body()).contains("\"amount\":\"0.03\"");
    Jobs.chargeUpTo(start.plus(Duration.ofMinutes(241)));
    assertThat(hourlyAmounts(shop, server)).endsWith("0.02", "0.03");
  }

  private boolean serversRepriced(Fixture shop) {
    Number done =
        (Number)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT count(*) FROM "
                        + shop.tenant().schema().name()
                        + ".outbox_messages WHERE message_type LIKE '%PlanRepriced'"
                        + " AND status = 'DONE'")
                .getSingleResult();
    return done.longValue() == 1;
  }

  private List<String> hourlyAmounts(Fixture shop, long server) {
    return ((List<?>)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT amount FROM "
                        + shop.tenant().schema().name()
                        + ".usage_charges WHERE server_id = ?1 ORDER BY period_start")
                .setParameter(1, server)
                .getResultList())
        .stream().map(a -> ((BigDecimal) a).stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void aLargeTenantIsChargedInRangesOfWholeOrganisations() {
    Instant start = Scenario.nextMonthAt("09:15");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("large"), new BigDecimal("20.00"));
    long second = tenants.fundedCustomer(shop, "second", new BigDecimal("20.00"));
    long third = tenants.fundedCustomer(shop, "third", new BigDecimal("20.00"));
    long[][] servers = {
      {shop.customerId(), 2}, {second, 1}, {third, 2},
    };
    for (long[] organisation : servers) {
      for (int i = 0; i < organisation[1]; i++) {
        scenario.at(start);
        scenario.runningServer(shop, organisation[0], "srv-" + organisation[0] + "-" + i);
      }
    }
    System.setProperty(HourlyCharging.SERVERS_PER_TRANSACTION, "2");
    assertThat(shop.as(() -> chunks.ranges(2)))
        .as("five servers, two per range, organisations kept whole")
        .hasSize(3);

    Instant chargeAt = start.plus(Duration.ofHours(3));
    Jobs.chargeUpTo(chargeAt);
    Jobs.chargeUpTo(chargeAt);

    String schema = shop.tenant().schema().name();
    List<?> perServer =
        tenants
            .em()
            .createNativeQuery(
                "SELECT count(u.id) FROM "
                    + schema
                    + ".servers s LEFT JOIN "
                    + schema
                    + ".usage_charges u ON u.server_id = s.id GROUP BY s.id")
            .getResultList();
    assertThat(perServer)
        .as("hours 09 to 12 for each of the five servers, once")
        .hasSize(5)
        .allSatisfy(count -> assertThat(((Number) count).intValue()).isEqualTo(4));
    for (long organisation : new long[] {shop.customerId(), second, third}) {
      assertThat(shop.as(() -> wallets.balanceOf(organisation)))
          .isEqualTo(shop.as(() -> wallets.ledgerSum(organisation)));
    }
    Object watermark =
        tenants
            .em()
            .createNativeQuery("SELECT charged_up_to FROM " + schema + ".charging_watermark")
            .getSingleResult();
    assertThat(SqlValues.instant(watermark)).isEqualTo(chargeAt);
  }
}
