package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
 * A price change, of the plan or by switching the backup add-on, applies from the next full hour:
 * the hour in progress and hours caught up later that began before it keep the old price.
 */
@ExtendWith(ArquillianExtension.class)
class RepricingScenarioIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(RepricingScenarioIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  @AfterEach
  void systemClock() {
    scenario.reset();
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
    assertThat(backup.body()).contains("\"backup\":true").contains("\"amount\":\"0.03\"");
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
}
