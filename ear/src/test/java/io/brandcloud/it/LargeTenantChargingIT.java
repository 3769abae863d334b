package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.ChargingChunks;
import io.brandcloud.billing.application.HourlyCharging;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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

/**
 * A tenant too large for one transaction is charged in ranges of whole organisations: every
 * (server, hour) still exactly once, every wallet equal to its ledger, and the watermark moves only
 * with the last range.
 */
@ExtendWith(ArquillianExtension.class)
class LargeTenantChargingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(LargeTenantChargingIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ChargingChunks chunks;
  @EJB Wallets wallets;

  @AfterEach
  void restore() {
    System.clearProperty(HourlyCharging.SERVERS_PER_TRANSACTION);
    scenario.reset();
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
