package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.MarginReport;
import io.brandcloud.billing.application.RevenueBreakdown;
import io.brandcloud.billing.application.RevenueReport;
import io.brandcloud.billing.application.RevenueReports;
import io.brandcloud.billing.application.RunRateReport;
import io.brandcloud.billing.application.RunRateReports;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.DayRange;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.BarChart;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import io.brandcloud.web.faces.shared.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The Reports page's revenue over the days and by the periods staff choose: the last twelve months
 * by month at first. The reports are kept with the view while it lives, never serialized with it.
 */
@Named
@ViewScoped
public class RevenueBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  // with each kind's name: admin.reports.source.server_hours, …credit_notes
  private static final String SOURCE = "admin.reports.source.";

  @EJB RevenueReports reports;
  @EJB RunRateReports runRates;
  @Inject ApplicationClock clock;
  @Inject TimeFormat times;
  @Inject Texts texts;
  @Inject Branding branding;

  private LocalDate from;
  private LocalDate to;
  private RevenuePeriod by = RevenuePeriod.MONTH;
  private DayRange shown;
  private String serverGroup = "plan";
  private transient RevenueReport report;
  private transient RevenueBreakdown sources;
  private transient RevenueBreakdown serverHours;
  private transient RunRateReport runRate;
  private transient MarginReport margin;

  @PostConstruct
  void lastTwelveMonths() {
    shown = DayRange.lastTwelveMonths(today());
    from = shown.from();
    to = shown.to();
  }

  /** Shows the days and periods asked for, when they make a range a report can cover. */
  public void show() {
    Optional<DayRange> chosen = ReportDays.chosen(from, to, texts);
    if (chosen.isEmpty()) {
      return;
    }
    shown = chosen.get();
    report = null;
    sources = null;
    serverHours = null;
    runRate = null;
    margin = null;
  }

  /**
   * Recurring revenue over the months of the days shown, up to this month and at most as many
   * months as one report covers.
   */
  public RunRateReport getRunRate() {
    if (runRate == null) {
      YearMonth current = YearMonth.from(today());
      YearMonth last = YearMonth.from(shown.to());
      last = last.isAfter(current) ? current : last;
      YearMonth first = YearMonth.from(shown.from());
      first = first.isAfter(last) ? last : first;
      YearMonth earliest = last.minusMonths(RunRateReports.MAX_MONTHS - 1L);
      runRate = runRates.between(first.isBefore(earliest) ? earliest : first, last);
    }
    return runRate;
  }

  /** The run rate's last month, whose figures head the card. */
  public RunRateReport.Month getLatestRunRate() {
    List<RunRateReport.Month> months = getRunRate().months();
    return months.get(months.size() - 1);
  }

  /** Recurring revenue month by month as bars in the brand's colour. */
  public String getRunRateChart() {
    return BarChart.of(
        texts.get("admin.reports.mrr"),
        getRunRate().months().stream()
            .map(m -> new BarChart.Bar(times.month(m.month()), m.mrr().amount()))
            .toList(),
        branding.getPrimaryColor(),
        Views.locale());
  }

  /** A percentage as the viewer's language writes it, with one decimal; a dash for none. */
  public String percent(BigDecimal percent) {
    if (percent == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getPercentInstance(Views.locale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(percent.movePointLeft(2));
  }

  /** How many of a cohort had recurring revenue {@code index} months after its first. */
  public String retained(RunRateReport.Cohort cohort, int index) {
    if (index >= cohort.retained().size()) {
      return "";
    }
    return percent(
        BigDecimal.valueOf(cohort.retained().get(index) * 100L)
            .divide(BigDecimal.valueOf(cohort.customers()), 1, RoundingMode.HALF_UP));
  }

  /** The cohort table's columns: months since the first payment, 0 to the report's length. */
  public List<Integer> getCohortMonths() {
    return java.util.stream.IntStream.range(0, getRunRate().months().size()).boxed().toList();
  }

  /** What was sold over the days shown, each plan and product apart. */
  public RevenueBreakdown getSources() {
    if (sources == null) {
      sources = reports.sources(shown);
    }
    return sources;
  }

  /** The servers' hours over the days shown, by the grouping chosen. */
  public RevenueBreakdown getServerHours() {
    if (serverHours == null) {
      serverHours =
          reports.serverHours(shown, RevenueReports.serverGroup("serverGroup", serverGroup));
    }
    return serverHours;
  }

  /** The servers' hours over the days shown by month and plan, against their provider cost. */
  public MarginReport getMargin() {
    if (margin == null) {
      margin = reports.margin(shown);
    }
    return margin;
  }

  /** A margin line's month by its name. */
  public String month(MarginReport.Line line) {
    return times.month(YearMonth.from(line.month()));
  }

  /** A line's kind as people say it, e.g. "Server hours" or "Credit notes". */
  public String sourceLabel(RevenueBreakdown.Line line) {
    return texts.get(SOURCE + line.kind());
  }

  public RevenueReport getReport() {
    if (report == null) {
      report = reports.between(shown, by);
    }
    return report;
  }

  /** The revenue of each period as bars in the brand's colour. */
  public String getChart() {
    return BarChart.of(
        texts.get("admin.reports.revenueColumn"),
        getReport().periods().stream()
            .map(p -> new BarChart.Bar(label(p), p.revenue().amount()))
            .toList(),
        branding.getPrimaryColor(),
        Views.locale());
  }

  /** A whole month by its name, a day by its date, anything else from its first to last day. */
  public String label(RevenueReport.Period period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (start.equals(end)) {
      return times.date(start);
    }
    if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth())) {
      return times.month(YearMonth.from(start));
    }
    return times.date(start) + " – " + times.date(end);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getServerGroup() {
    return serverGroup;
  }

  public void setServerGroup(String serverGroup) {
    RevenueReports.serverGroup("serverGroup", serverGroup);
    this.serverGroup = serverGroup;
    this.serverHours = null;
  }

  public String getBy() {
    return by.wireName();
  }

  public void setBy(String by) {
    this.by = RevenuePeriod.parse("by", by);
  }
}
