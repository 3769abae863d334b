package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.TaxReport;
import io.brandcloud.billing.application.TaxReports;
import io.brandcloud.billing.domain.TaxTreatment;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.DayRange;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The Reports page's tax card: the last full quarter at first, as a VAT or OSS return covers it.
 * The report is kept with the view while it lives, never serialized with it.
 */
@Named
@ViewScoped
public class TaxReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  // with each treatment's name: admin.reports.tax.treatment.TAXED, …REVERSE_CHARGE
  static final String TREATMENT = "admin.reports.tax.treatment.";

  @EJB TaxReports reports;
  @Inject ApplicationClock clock;
  @Inject Texts texts;

  private LocalDate from;
  private LocalDate to;
  private DayRange shown;
  private transient TaxReport report;

  @PostConstruct
  void lastQuarter() {
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    shown = new DayRange(quarterStart.minusMonths(3), quarterStart.minusDays(1));
    from = shown.from();
    to = shown.to();
  }

  /** Shows the days asked for, when they make a range a report can cover. */
  public void show() {
    ReportDays.chosen(from, to, texts)
        .ifPresent(
            chosen -> {
              shown = chosen;
              report = null;
            });
  }

  public TaxReport getReport() {
    if (report == null) {
      report = reports.between(shown);
    }
    return report;
  }

  /** A country by its name in the reader's language; customers who gave none, said so. */
  public String country(String code) {
    // EL hands a null String argument over as ""
    return code == null || code.isBlank()
        ? texts.get("admin.reports.tax.noCountry")
        : new Locale("", code).getDisplayCountry(Views.locale());
  }

  /** How sales were taxed, as people say it. */
  public String treatment(TaxTreatment treatment) {
    return texts.get(TREATMENT + treatment.name());
  }

  /** A rate as the reader's language writes a percentage, as precise as the rule was written. */
  public String rate(BigDecimal percent) {
    NumberFormat format = NumberFormat.getPercentInstance(Views.locale());
    format.setMaximumFractionDigits(Math.max(0, percent.stripTrailingZeros().scale()));
    return format.format(percent.movePointLeft(2));
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
}
