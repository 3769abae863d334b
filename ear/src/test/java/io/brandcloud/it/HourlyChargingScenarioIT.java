package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.Spending;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.Money;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HourlyChargingScenarioIT {

  // sim-1 costs 5.00 a month; with 46 % markup the plan is 7.30 a month, exactly 0.01 an hour
  private static final BigDecimal HOURLY = new BigDecimal("0.010000");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(HourlyChargingScenarioIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;
  @EJB JobReports reports;
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  @PersistenceContext(unitName = "brandcloud")
  EntityManager em;

  @AfterEach
  void backToTheSystemClock() {
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

    List<ChargingRunReport> runs =
        reports.recentChargingRuns(500).stream()
            .filter(r -> r.tenantSlug().equals(shop.tenant().slug()))
            .filter(r -> r.jobExecutionId() == one || r.jobExecutionId() == other)
            .toList();
    assertThat(runs).hasSize(2);
    assertThat(runs.stream().mapToLong(ChargingRunReport::charges).sum()).isEqualTo(26);
    assertThat(runs).allSatisfy(r -> assertThat(r.failure()).isNull());
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
}
