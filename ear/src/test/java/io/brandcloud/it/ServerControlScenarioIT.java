package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.MarginReport;
import io.brandcloud.billing.application.RevenueBreakdown;
import io.brandcloud.billing.application.RevenueReports;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.RevenueSources;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer controls a server on the simulator through the action queue: power, rebuild with a
 * root password shown once, resize, deletion; a flaky provider is retried and a refusing one fails
 * the action; billing follows the state (a stopped server is billed, a deleted one up to the hour
 * it was deleted in, a resize from the next full hour, a failed build never).
 */
@ExtendWith(ArquillianExtension.class)
class ServerControlScenarioIT {

  private static final Instant START = Scenario.nextMonthAt("10:05");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Servers servers;
  @EJB ServerControl control;
  @EJB ServerActions actions;
  @EJB PlanCatalog catalog;
  @EJB Wallets wallets;
  @EJB RevenueReports reports;

  private Fixture shop;
  private Instant now;

  @BeforeEach
  void aShopWithACustomer() {
    at(START);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("control"), new BigDecimal("10.00"));
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void powerActionsRunThroughTheQueueAndAStoppedServerIsStillBilled() {
    long server = running("web-1");

    act(server, ServerActionType.SHUTDOWN);
    assertThat(status(server)).isEqualTo("STOPPED");
    Jobs.chargeUpTo(START.plus(Duration.ofHours(1)));
    assertThat(charges(server)).as("hours 10 and 11, the second one stopped").isEqualTo(2);

    act(server, ServerActionType.START);
    assertThat(status(server)).isEqualTo("RUNNING");
    act(server, ServerActionType.REBOOT);
    assertThat(status(server)).isEqualTo("RUNNING");
    assertThat(actionsOf(server))
        .extracting(ServerActionView::action, ServerActionView::status, ServerActionView::progress)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("REBOOT", "SUCCEEDED", 100),
            org.assertj.core.groups.Tuple.tuple("START", "SUCCEEDED", 100),
            org.assertj.core.groups.Tuple.tuple("SHUTDOWN", "SUCCEEDED", 100));

    assertThatThrownBy(() -> ask(server, ServerCommand.of(ServerActionType.START)))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("is running; start needs it stopped");
  }

  @Test
  void aRebuildInstallsTheImageAndShowsItsNewRootPasswordOnce() {
    long server = running("web-2");
    long create = actionsOf(server).get(0).id();
    assertThat(actionsOf(server).get(0).passwordWaiting()).as("the build's password").isTrue();
    assertThat(shop.as(() -> control.revealPassword(shop.customerId(), server, create)))
        .hasSizeGreaterThan(20);

    long rebuild = act(server, ServerCommand.rebuild("ubuntu-24.04", List.of()));
    assertThat(view(server).image()).isEqualTo("ubuntu-24.04");
    String password = shop.as(() -> control.revealPassword(shop.customerId(), server, rebuild));
    assertThat(password).hasSizeGreaterThan(20);
    assertThatThrownBy(
            () -> shop.as(() -> control.revealPassword(shop.customerId(), server, rebuild)))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("not yet shown");
    assertThat(actionsOf(server).get(0).passwordWaiting()).isFalse();

    assertThatThrownBy(() -> ask(server, ServerCommand.rebuild("windows-3.1", List.of())))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("Image 'windows-3.1' is not offered");
  }

  @Test
  void aFlakyProviderIsRetriedAndARefusingOneFailsTheActionAtOnce() {
    long flaky = running("flaky-1");
    act(flaky, ServerActionType.REBOOT);
    assertThat(simulatorCalls(flaky)).as("the first call failed, the retry worked").isEqualTo(2);

    long broken = running("broken-1");
    long reboot = ask(broken, ServerCommand.of(ServerActionType.REBOOT));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "FAILED".equals(action(broken, reboot).status()));
    assertThat(action(broken, reboot).attempts()).as("refused calls are not retried").isEqualTo(1);
    assertThat(action(broken, reboot).lastError()).contains("refuses");
    assertThat(status(broken)).isEqualTo("RUNNING");
  }

  @Test
  void aDeletedServerIsBilledUpToTheHourItWasDeletedInAndNeverAgain() {
    long server = running("web-3");
    Jobs.chargeUpTo(START);
    at(START.plus(Duration.ofMinutes(85)));
    long delete = shop.as(() -> control.delete(shop.customerId(), server).id());
    assertThat(status(server)).isEqualTo("TERMINATED");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "SUCCEEDED".equals(action(server, delete).status()));

    Jobs.chargeUpTo(START.plus(Duration.ofHours(4)));
    assertThat(charges(server)).as("hours 10 and 11, deleted at 11:30").isEqualTo(2);
    assertThat(
            shop.as(
                () ->
                    tenants
                        .em()
                        .createNativeQuery(
                            "SELECT status FROM simulator_servers WHERE hostname = 'web-3'")
                        .getSingleResult()))
        .isEqualTo("DELETED");
    assertThatThrownBy(() -> ask(server, ServerCommand.of(ServerActionType.REBOOT)))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("was not found");
  }

  @Test
  void aResizeIsPricedFromTheNextFullHour() {
    long server = running("web-4");
    PlanView small = shop.as(() -> catalog.find(shop.planId()).orElseThrow());
    PlanView medium =
        shop.as(
            () -> catalog.create(small.connectionId(), "sim-2", "Medium", new BigDecimal("46")));
    at(START.plus(Duration.ofMinutes(25)));
    act(
        server,
        new ServerCommand(
            ServerActionType.RESIZE, null, medium.id(), null, List.of(), null, null, null));
    assertThat(view(server).planId()).isEqualTo(medium.id());
    assertThat(view(server).hourlyPrice().amount())
        .isEqualByComparingTo(medium.hourlyPrice().amount());

    Jobs.chargeUpTo(START.plus(Duration.ofHours(2)));
    assertThat(chargedAmounts(server))
        .containsExactly(
            small.hourlyPrice().amount(),
            medium.hourlyPrice().amount(),
            medium.hourlyPrice().amount());

    // the margin report sets each hour against the provider cost of the plan it was sold on
    LocalDate day = LocalDate.ofInstant(START, shop.tenant().timeZone());
    MarginReport margin = shop.as(() -> reports.margin(new DayRange(day, day.plusDays(1))));
    assertThat(margin.lines())
        .extracting(MarginReport.Line::plan, MarginReport.Line::hours)
        .containsExactlyInAnyOrder(tuple("Small", 1L), tuple("Medium", 2L));
    for (MarginReport.Line line : margin.lines()) {
      PlanView plan = line.plan().equals("Small") ? small : medium;
      BigDecimal hours = BigDecimal.valueOf(line.hours());
      assertThat(line.connection()).isEqualTo("Simulator");
      assertThat(line.paid().amount())
          .isEqualByComparingTo(plan.hourlyPrice().amount().multiply(hours));
      assertThat(line.upstream().amount())
          .as("the provider plan's month over 730 hours, for each hour")
          .isEqualByComparingTo(
              HourlyRate.fromMonthly(plan.providerMonthlyCost()).amount().multiply(hours));
      assertThat(line.upstream().amount()).isPositive();
    }
    assertThat(
            shop.as(
                    () ->
                        reports.serverHours(
                            new DayRange(day, day.plusDays(1)), RevenueSources.ServerGroup.PLAN))
                .lines())
        .as("revenue by plan keeps the hours before the resize with the plan they were sold on")
        .extracting(RevenueBreakdown.Line::name, RevenueBreakdown.Line::count)
        .containsExactlyInAnyOrder(tuple("Small", 1L), tuple("Medium", 2L));
    assertThat(margin.total().margin().amount())
        .isEqualByComparingTo(
            margin.total().paid().amount().subtract(margin.total().upstream().amount()));
  }

  @Test
  void aBuildThatFailsChargesNothing() {
    long server =
        shop.as(
            () ->
                servers
                    .create(shop.customerId(), shop.planId(), "fail-1", "sim-ams1", "debian-12")
                    .id());
    await().atMost(Duration.ofSeconds(30)).until(() -> "PROVISIONING".equals(status(server)));
    at(START.plus(Duration.ofMinutes(5)));
    await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(server)));
    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    assertThat(charges(server)).isZero();
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())).amount())
        .isEqualByComparingTo("10.00");
    assertThat(actionsOf(server).get(0).passwordWaiting())
        .as("no password for a server that never ran")
        .isFalse();
  }

  @Test
  void onlyServersSuspendedForDebtAreResumedByAPayment() {
    long server = running("web-5");
    shop.as(
        () -> control.actAsStaff(server, ServerCommand.of(ServerActionType.SUSPEND), "staff@test"));
    assertThat(status(server)).isEqualTo("SUSPENDED");
    assertThat(shop.as(() -> servers.resumeAfterPayment(shop.customerId()))).isEmpty();
    assertThatThrownBy(() -> ask(server, ServerCommand.of(ServerActionType.UNSUSPEND)))
        .isInstanceOf(BrandcloudException.class);

    long resume =
        shop.as(
            () ->
                control
                    .actAsStaff(server, ServerCommand.of(ServerActionType.UNSUSPEND), "staff@test")
                    .id());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "SUCCEEDED".equals(action(server, resume).status()));
    assertThat(status(server)).isEqualTo("RUNNING");
  }

  /** A running server, ordered now; the scenario lets a minute pass for its build. */
  private long running(String hostname) {
    Instant ordered = now;
    long id = scenario.runningServer(shop, shop.customerId(), hostname);
    now = ordered.plusSeconds(60);
    return id;
  }

  /** Asks for an action and waits until the provider took it, lets it finish and it succeeded. */
  private long act(long server, ServerActionType type) {
    return act(server, ServerCommand.of(type));
  }

  private long act(long server, ServerCommand command) {
    long id = ask(server, command);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              ServerActionView action = action(server, id);
              return "SUCCEEDED".equals(action.status()) || action.progress() != null;
            });
    // the simulator's work takes a few seconds of the scenario's clock
    at(now.plusSeconds(30));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "SUCCEEDED".equals(action(server, id).status()));
    return id;
  }

  private long ask(long server, ServerCommand command) {
    return shop.as(() -> control.act(shop.customerId(), server, command).id());
  }

  private void at(Instant instant) {
    now = instant;
    scenario.at(instant);
  }

  private ServerView view(long server) {
    return shop.as(() -> servers.ofOrganisation(shop.customerId(), server));
  }

  private String status(long server) {
    return view(server).status();
  }

  private ServerActionView action(long server, long id) {
    return shop.as(() -> actions.find(server, id).orElseThrow());
  }

  private List<ServerActionView> actionsOf(long server) {
    return shop.as(() -> actions.of(server, PageRequest.of("1", "20")).items());
  }

  private long charges(long server) {
    return number("SELECT count(*) FROM usage_charges WHERE server_id = " + server);
  }

  private long simulatorCalls(long server) {
    return number(
        "SELECT calls FROM simulator_servers s JOIN servers v ON 'sim-' || s.id = v.external_id"
            + " WHERE v.id = "
            + server);
  }

  private List<BigDecimal> chargedAmounts(long server) {
    List<?> amounts =
        shop.as(
            () ->
                tenants
                    .em()
                    .createNativeQuery(
                        "SELECT amount FROM usage_charges WHERE server_id = ?1"
                            + " ORDER BY period_start")
                    .setParameter(1, server)
                    .getResultList());
    return amounts.stream().map(BigDecimal.class::cast).toList();
  }

  private long number(String query) {
    return shop.as(
        () -> ((Number) tenants.em().createNativeQuery(query).getSingleResult()).longValue());
  }
}
