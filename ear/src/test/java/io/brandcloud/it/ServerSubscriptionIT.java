package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.provisioning.servers.application.ServerChoice;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cloud server sold by the month: its order builds the server on the simulator, the term pays for
 * it and hourly charging leaves it alone; an unpaid renewal suspends it at the provider and the
 * payment starts it again; a change to a bigger server product resizes it, and cancelling deletes
 * it. The customer cannot delete or resize it behind its subscription's back.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSubscriptionIT {

  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @Inject ApplicationClock clock;
  @EJB Products products;
  @EJB PlanCatalog plans;
  @EJB Subscriptions subscriptions;
  @EJB Servers servers;
  @EJB ServerControl control;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aMonthlyServerIsPaidByItsTermsSuspendedUnpaidResumedPaidResizedAndDeletedWithIt() {
    shop.open("srvsub", "25.00", "2027-02-01");
    shop.as(() -> settings.change(SettingsChange.dunning(24, 3), "t"));
    long small = serverProduct("Cloud S", shop.fixture().planId(), "10.00");

    SubscriptionView ordered = order(small, new ServerChoice("term-1", "sim-ams1", "debian-12"));

    assertThat(ordered.server()).isNotNull();
    assertThat(ordered.server().hostname()).isEqualTo("term-1");
    assertThat(ordered.server().bySubscription()).isTrue();
    long server = ordered.server().id();
    awaitStatus(server, "RUNNING", true);
    assertThat(shop.balance()).isEqualByComparingTo("15.00");
    Jobs.chargeUpTo(Instant.parse("2027-02-01T20:00:00Z"));
    assertThat(shop.balance()).as("not charged by the hour").isEqualByComparingTo("15.00");
    assertThat(usageCharges(server)).isZero();

    BrandcloudException delete =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> control.delete(shop.customerId(), server)));
    assertThat(delete.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(delete.getMessage()).contains("cancel the subscription");
    BrandcloudException backups =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> servers.setBackup(shop.customerId(), server, true)));
    assertThat(backups.code()).as("never billed by the hour").isEqualTo(ErrorCode.CONFLICT);

    shop.renewOn("2027-03-01");
    assertThat(shop.balance()).as("the second term is paid").isEqualByComparingTo("5.00");
    shop.renewOn("2027-04-01");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("past_due");
    assertThat(serverStatus(server)).as("running through the grace").isEqualTo("RUNNING");
    shop.renewOn("2027-04-02T10:00:00Z");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("suspended");
    awaitStatus(server, "SUSPENDED", false);
    // our side is suspended when asked; the provider's suspension follows through the queue
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(simulatorStatus(server)).isEqualTo("SUSPENDED"));

    shop.as(
        () ->
            wallets.credit(
                shop.customerId(),
                new BigDecimal("40.00"),
                "Top-up",
                UUID.randomUUID().toString(),
                "t"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "active".equals(shop.subscription(ordered.id()).status()));
    awaitStatus(server, "RUNNING", false);
    assertThat(simulatorStatus(server)).isEqualTo("RUNNING");
    assertThat(shop.balance()).isEqualByComparingTo("35.00");

    long bigPlan =
        shop.as(
            () -> plans.create(connectionOf(server), "sim-2", "Medium", new BigDecimal("10")).id());
    long medium = serverProduct("Cloud M", bigPlan, "20.00");
    shop.as(
        () -> subscriptions.change(shop.customerId(), ordered.id(), medium, "monthly", true, null));
    // the simulator takes a few seconds of the clock to resize: the clock moves on while we wait
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              scenario.at(clock.now().plusSeconds(2));
              return shop.as(() -> servers.ofOrganisation(shop.customerId(), server).planId())
                  == bigPlan;
            });
    assertThat(simulatorPlan(server)).isEqualTo("sim-2");

    shop.as(() -> subscriptions.cancel(shop.customerId(), ordered.id(), true));
    awaitStatus(server, "TERMINATED", false);
    assertThat(shop.subscription(ordered.id()).server()).as("deleted with it").isNull();
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aServerOrderNeedsAHostNameARegionAndAnImageTheProviderOffers() {
    shop.open("srvbad", "50.00", "2027-02-01");
    long product = serverProduct("Cloud S", shop.fixture().planId(), "10.00");
    assertRefused(product, null, "server");
    assertRefused(product, new ServerChoice("Not A Host!", "sim-ams1", "debian-12"), "hostname");
    assertRefused(product, new ServerChoice("ok-1", "mars-1", "debian-12"), "region");
    assertRefused(product, new ServerChoice("ok-1", "sim-ams1", "windows-95"), "image");
    assertThat(shop.balance()).as("nothing paid").isEqualByComparingTo("50.00");
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).isEmpty();
  }

  private void assertRefused(long product, ServerChoice choice, String field) {
    BrandcloudException refused =
        assertThrows(BrandcloudException.class, () -> order(product, choice));
    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(refused.details()).containsEntry("field", field);
  }

  private long serverProduct(String name, long plan, String monthly) {
    return shop.as(
        () -> {
          long id = products.create("server", name, "", "Servers", plan).id();
          return products.price(id, "monthly", new BigDecimal(monthly), null, 0).id();
        });
  }

  private SubscriptionView order(long product, ServerChoice choice) {
    return shop.as(
        () ->
            subscriptions.order(
                shop.customerId(),
                new SubscriptionOrder(
                    product,
                    "monthly",
                    null,
                    null,
                    Map.of(),
                    UUID.randomUUID().toString(),
                    choice)));
  }

  /** Waits for the server's status; a build needs the clock moved past its build time. */
  private void awaitStatus(long server, String status, boolean building) {
    if (building) {
      await().atMost(Duration.ofSeconds(30)).until(() -> !"PENDING".equals(serverStatus(server)));
      scenario.at(clock.now().plusSeconds(60));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(serverStatus(server)));
  }

  private String serverStatus(long server) {
    return shop.as(() -> servers.ofOrganisation(shop.customerId(), server).status());
  }

  private long connectionOf(long server) {
    return Long.parseLong(shop.text("SELECT connection_id FROM %1$s.servers WHERE id = " + server));
  }

  private long usageCharges(long server) {
    return Long.parseLong(
        shop.text("SELECT count(*) FROM %1$s.usage_charges WHERE server_id = " + server));
  }

  private String simulatorStatus(long server) {
    return shop.text(
        "SELECT ss.status FROM %1$s.simulator_servers ss JOIN %1$s.servers s"
            + " ON 'sim-' || ss.id = s.external_id WHERE s.id = "
            + server);
  }

  private String simulatorPlan(long server) {
    return shop.text(
        "SELECT ss.plan_code FROM %1$s.simulator_servers ss JOIN %1$s.servers s"
            + " ON 'sim-' || ss.id = s.external_id WHERE s.id = "
            + server);
  }
}
