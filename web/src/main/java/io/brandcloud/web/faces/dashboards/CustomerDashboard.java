package io.brandcloud.web.faces.dashboards;

import io.brandcloud.billing.application.Spending;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.BarChart;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The customer's dashboard, read once per request: the first page of the organisation's servers not
 * deleted, its spending of the last {@link #DAYS_SHOWN} days, and how long the balance lasts at
 * what its running servers cost an hour.
 */
@Named
@RequestScoped
public class CustomerDashboard {

  static final int DAYS_SHOWN = 30;
  static final int SERVERS_SHOWN = 20;
  private static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(24);

  @EJB Servers servers;
  @EJB Wallets wallets;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject ApplicationClock clock;

  private Page<ServerView> page;
  private Optional<Spending> spending;

  public List<ServerView> getServers() {
    return page().items();
  }

  /** Servers beyond the first page (the dashboard shows only that). */
  public long getMoreServers() {
    return Math.max(0, page().total() - page().items().size());
  }

  public long getRunning() {
    return running().count();
  }

  public long getTotal() {
    return page().total();
  }

  public boolean isBillingShown() {
    return spending().isPresent();
  }

  public Money getBalance() {
    return spending().map(Spending::balance).orElse(null);
  }

  public Money getThisMonth() {
    return spending().map(Spending::thisMonth).orElse(null);
  }

  /** What the billed servers (running or stopped) cost together each hour; null with none. */
  public Money getHourlyBurn() {
    return getServers().stream()
        .filter(s -> "RUNNING".equals(s.status()) || "STOPPED".equals(s.status()))
        .map(ServerView::hourlyPrice)
        .reduce(Money::plus)
        .filter(burn -> burn.amount().signum() > 0)
        .orElse(null);
  }

  /**
   * What the hour a server started in costs until the next full hour's charging run takes it with
   * that hour (every later hour is charged as it begins); null when nothing waits.
   */
  public Money getDueAtTheHour() {
    Instant hourBegan = clock.now().truncatedTo(ChronoUnit.HOURS);
    return getServers().stream()
        .filter(s -> "RUNNING".equals(s.status()) || "STOPPED".equals(s.status()))
        .filter(s -> !s.bySubscription() && billableSince(s, hourBegan))
        .map(ServerView::hourlyPrice)
        .reduce(Money::plus)
        .filter(due -> due.amount().signum() > 0)
        .orElse(null);
  }

  /**
   * Whether the server's billing began this hour: when it first ran, not when it was ordered (a
   * build that crosses the hour is billed from the hour it started in).
   */
  private static boolean billableSince(ServerView server, Instant hourBegan) {
    return server.billableFrom() != null && !server.billableFrom().isBefore(hourBegan);
  }

  /** Whole days the balance lasts at the hourly burn; null when nothing burns it. */
  public Long getDaysLeft() {
    Money burn = getHourlyBurn();
    Money balance = getBalance();
    if (burn == null || balance == null) {
      return null;
    }
    BigDecimal daily = burn.amount().multiply(HOURS_A_DAY);
    return balance.amount().signum() <= 0
        ? 0L
        : balance.amount().divide(daily, 0, RoundingMode.DOWN).longValue();
  }

  /** Whether anything was spent in the days the chart shows: an empty chart says nothing. */
  public boolean isUsageShown() {
    return spending().map(Spending::days).orElse(List.of()).stream()
        .anyMatch(d -> d.amount().amount().signum() != 0);
  }

  /** The last days' usage as a bar chart in the brand's colour. */
  public String getUsageChart() {
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(
            "d MMM", FacesContext.getCurrentInstance().getViewRoot().getLocale());
    List<BarChart.Bar> bars =
        spending().map(Spending::days).orElse(List.of()).stream()
            .map(d -> new BarChart.Bar(day.format(d.day()), d.amount().amount()))
            .toList();
    return BarChart.of(
        texts.get("portal.dashboard.usageSeries"),
        bars,
        branding.getPrimaryColor(),
        Views.locale());
  }

  private java.util.stream.Stream<ServerView> running() {
    return getServers().stream().filter(s -> "RUNNING".equals(s.status()));
  }

  private Page<ServerView> page() {
    if (page == null) {
      page =
          user.may("servers:view")
              ? servers.notDeletedOfOrganisation(
                  user.organisationId(), new PageRequest(1, SERVERS_SHOWN))
              : new Page<>(List.of(), 0, new PageRequest(1, SERVERS_SHOWN));
    }
    return page;
  }

  private Optional<Spending> spending() {
    if (spending == null) {
      spending =
          user.may("billing:view")
              ? Optional.of(wallets.spending(user.organisationId(), DAYS_SHOWN))
              : Optional.empty();
    }
    return spending;
  }
}
