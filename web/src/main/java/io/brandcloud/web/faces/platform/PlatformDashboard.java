package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.TenantOverview;
import io.brandcloud.platform.application.UsageFigures;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.BarChart;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operators' dashboard: every tenant's customers, running servers and this month's charges
 * against last month's, the totals per currency, and the tenants with the most running servers as a
 * chart. Read once per request.
 */
@Named
@RequestScoped
public class PlatformDashboard {

  static final int TENANTS_CHARTED = 20;
  static final String CHART_COLOUR = "#343a40";

  @EJB UsageFigures usage;
  @Inject Texts texts;

  private List<TenantOverview> tenants;

  public List<TenantOverview> getTenants() {
    if (tenants == null) {
      tenants = usage.perTenant();
    }
    return tenants;
  }

  public long getActiveTenants() {
    return getTenants().stream().filter(t -> t.status().equals("ACTIVE")).count();
  }

  public long getCustomers() {
    return getTenants().stream().mapToLong(TenantOverview::customers).sum();
  }

  public long getRunningServers() {
    return getTenants().stream().mapToLong(TenantOverview::runningServers).sum();
  }

  /** This month's charges of all tenants, one sum per currency. */
  public List<Money> getThisMonth() {
    Map<String, BigDecimal> byCurrency = new TreeMap<>();
    getTenants().forEach(t -> byCurrency.merge(t.currency(), t.thisMonth(), BigDecimal::add));
    return byCurrency.entrySet().stream()
        .map(e -> new Money(e.getValue(), Currency.getInstance(e.getKey())))
        .toList();
  }

  public Money money(BigDecimal amount, String currency) {
    return new Money(amount, Currency.getInstance(currency));
  }

  /** The tenants with the most running servers, as bars. */
  public String getServersChart() {
    List<BarChart.Bar> bars =
        getTenants().stream()
            .sorted(Comparator.comparingLong(TenantOverview::runningServers).reversed())
            .limit(TENANTS_CHARTED)
            .map(t -> new BarChart.Bar(t.slug(), BigDecimal.valueOf(t.runningServers())))
            .toList();
    return BarChart.of(texts.get("platform.dashboard.running"), bars, CHART_COLOUR, Views.locale());
  }
}
