package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.core.ThrowingRunnable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Usage beyond the balance: debt starts and is mailed, the grace period passes, servers are
 * suspended at the provider and no longer billed, a top-up that covers the debt starts them again;
 * left suspended past the retention period they are deleted.
 */
@ExtendWith(ArquillianExtension.class)
class DunningScenarioIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;

  private Instant start;
  private Fixture shop;
  private long server;

  @BeforeEach
  void aShopWithFiveHoursOfCredit() {
    start = Scenario.nextMonthAt("06:05");
    scenario.at(start);
    // 0.01 an hour: 0.05 pays for five hours
    shop = tenants.withCustomer(TestTenants.uniqueSlug("dunning"), new BigDecimal("0.05"));
    shop.as(() -> settings.change(SettingsChange.dunning(2, 1), "test"));
    server = scenario.runningServer(shop, shop.customerId(), "owes-1");
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void debtThenGraceThenSuspensionThenATopUpStartsTheServerAgain() {
    Jobs.chargeUpTo(at(6));
    assertThat(balance()).isEqualByComparingTo("-0.02");
    assertThat(status()).isEqualTo("RUNNING");
    assertThat(mails()).contains("below zero");

    Jobs.chargeUpTo(at(7));
    assertThat(status()).as("within the two-hour grace").isEqualTo("RUNNING");
    Jobs.chargeUpTo(at(9));
    eventually(() -> assertThat(status()).isEqualTo("SUSPENDED"));
    eventually(() -> assertThat(simulatorStatus()).isEqualTo("SUSPENDED"));
    eventually(() -> assertThat(mails()).contains("servers suspended").contains("owes-1"));
    long charged = charges();
    Jobs.chargeUpTo(at(12));
    assertThat(charges()).as("a suspended server is not billed").isEqualTo(charged);

    scenario.at(at(12).plusSeconds(60));
    shop.as(
        () ->
            wallets.credit(
                shop.customerId(),
                new BigDecimal("1.00"),
                "Top-up",
                UUID.randomUUID().toString(),
                "test"));
    eventually(() -> assertThat(status()).isEqualTo("RUNNING"));
    assertThat(simulatorStatus()).isEqualTo("RUNNING");
    eventually(() -> assertThat(mails()).contains("servers running again"));
    assertThat(audit())
        .contains("billing.debt_started")
        .contains("servers.suspended")
        .contains("billing.debt_settled");
  }

  @Test
  void aServerLeftSuspendedPastTheRetentionPeriodIsDeleted() {
    Jobs.chargeUpTo(at(6));
    Jobs.chargeUpTo(at(9));
    eventually(() -> assertThat(status()).isEqualTo("SUSPENDED"));
    Jobs.chargeUpTo(at(9 + 25));
    eventually(() -> assertThat(status()).isEqualTo("TERMINATED"));
    eventually(() -> assertThat(simulatorStatus()).isEqualTo("DELETED"));
    assertThat(mails()).contains("server deleted");
  }

  /**
   * Suspending, resuming and deleting are commands carried out after the charging or the top-up
   * that caused them has committed.
   */
  private static void eventually(ThrowingRunnable assertion) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
  }

  private Instant at(int hours) {
    return start.plus(Duration.ofHours(hours)).plusSeconds(60);
  }

  private BigDecimal balance() {
    return shop.as(() -> wallets.balanceOf(shop.customerId()).amount());
  }

  private String status() {
    return single("SELECT status FROM %s.servers WHERE id = " + server);
  }

  private String simulatorStatus() {
    return single(
        "SELECT ss.status FROM %1$s.simulator_servers ss JOIN %1$s.servers s"
            + " ON 'sim-' || ss.id = s.external_id WHERE s.id = "
            + server);
  }

  private long charges() {
    return ((Number)
            tenants
                .em()
                .createNativeQuery("SELECT count(*) FROM %s.usage_charges".formatted(schema()))
                .getSingleResult())
        .longValue();
  }

  private String mails() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(subject || ' ' || body, ' | ') FROM %s.mail_outbox"
                    .formatted(schema()))
            .getSingleResult());
  }

  private String audit() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(action, ' ') FROM %s.audit_log".formatted(schema()))
            .getSingleResult());
  }

  private String single(String sql) {
    return String.valueOf(
        tenants.em().createNativeQuery(sql.formatted(schema())).getSingleResult());
  }

  private String schema() {
    return shop.tenant().schema().name();
  }
}
