package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.batch.runtime.BatchStatus;
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
 * Hourly charging warns an organisation once a day while its balance covers fewer hours of its
 * running servers than the tenant's threshold (24 by default); a healthy balance gets no mail.
 */
@ExtendWith(ArquillianExtension.class)
class LowBalanceScenarioIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(LowBalanceScenarioIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
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
}
