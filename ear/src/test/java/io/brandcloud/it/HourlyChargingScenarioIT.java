package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.Money;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
    assertThat(balance).isEqualTo(shop.as(() -> wallets.ledgerSum(shop.customerId())));
  }

  @Test
  void catchesUpTheHoursMissedWhileNoChargingRan() {
    Instant start = Scenario.nextMonthAt("03:05");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("catchup"), new BigDecimal("5.00"));
    long server = scenario.runningServer(shop, shop.customerId(), "db-1");

    Jobs.chargeUpTo(start.plusSeconds(60));
    assertThat(charges(shop, server)).isEqualTo(1);
    // the panel was down for five hours: the next run charges every hour it missed, once
    Jobs.chargeUpTo(start.plus(Duration.ofHours(5)).plusSeconds(60));
    assertThat(charges(shop, server)).isEqualTo(6);
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())))
        .isEqualTo(shop.as(() -> wallets.ledgerSum(shop.customerId())));
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
