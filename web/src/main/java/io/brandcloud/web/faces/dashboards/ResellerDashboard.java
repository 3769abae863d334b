package io.brandcloud.web.faces.dashboards;

import io.brandcloud.billing.application.WalletOverview;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.platform.application.UsageFigures;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.BarChart;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The reseller's dashboard: customers, running servers, what hourly charging brought in this month
 * against last month and per day, top-ups, debt, and the customers running out of credit soonest.
 * Read once per request.
 */
@Named
@RequestScoped
public class ResellerDashboard {

  static final int DAYS_SHOWN = 30;
  static final int RUNNING_LOW_SHOWN = 10;

  @EJB CustomerDirectory customers;
  @EJB Servers servers;
  @EJB UsageFigures usage;
  @EJB WalletOverview wallets;
  @EJB TicketDesk desk;
  @Inject Branding branding;
  @Inject Texts texts;

  private UsageFigures.TenantCharges charges;
  private WalletOverview.Overview overview;

  public long getCustomers() {
    return customers.all(new PageRequest(1, 1)).total();
  }

  /** Tickets waiting for an answer from staff. */
  public long getTicketsWaiting() {
    return desk.awaitingAnswer();
  }

  public long getRunningServers() {
    return servers.running();
  }

  public Money getUsageThisMonth() {
    return money(charges().thisMonth());
  }

  public Money getUsageLastMonth() {
    return money(charges().lastMonth());
  }

  /** This month's usage against last month's, in whole percent; null without a last month. */
  public Long getTrendPercent() {
    BigDecimal last = charges().lastMonth();
    if (last.signum() == 0) {
      return null;
    }
    return charges()
        .thisMonth()
        .subtract(last)
        .multiply(BigDecimal.valueOf(100))
        .divide(last, 0, RoundingMode.HALF_UP)
        .longValue();
  }

  public WalletOverview.Overview getWallets() {
    if (overview == null) {
      overview = wallets.current(RUNNING_LOW_SHOWN);
    }
    return overview;
  }

  /** Whether anything was charged in the days the chart shows: an empty chart says nothing. */
  public boolean isUsageShown() {
    return charges().days().stream().anyMatch(d -> d.amount().signum() != 0);
  }

  public String getUsageChart() {
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(
            "d MMM", FacesContext.getCurrentInstance().getViewRoot().getLocale());
    List<BarChart.Bar> bars =
        charges().days().stream()
            .map(d -> new BarChart.Bar(day.format(d.day()), d.amount()))
            .toList();
    return BarChart.of(
        texts.get("admin.dashboard.usageSeries"), bars, branding.getPrimaryColor(), Views.locale());
  }

  private UsageFigures.TenantCharges charges() {
    if (charges == null) {
      charges = usage.ofCurrentTenant(DAYS_SHOWN);
    }
    return charges;
  }

  private static Money money(BigDecimal amount) {
    return new Money(amount, CurrentTenant.require().currency());
  }
}
