package io.brandcloud.web.faces.platform;

import io.brandcloud.billing.application.TenantRevenues;
import io.brandcloud.billing.application.TenantRevenues.TenantRevenue;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.DayRange;
import io.brandcloud.web.faces.billing.ReportDays;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The operators' dashboard's revenue per tenant over the days they choose (a year up to today, UTC,
 * is offered), each tenant in its own currency and days. Read once the days are chosen, never kept
 * in the session.
 */
@Named
@ViewScoped
public class TenantRevenueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TenantRevenues revenues;
  @Inject ApplicationClock clock;
  @Inject Texts texts;

  private LocalDate from;
  private LocalDate to;
  private DayRange shown;
  private transient List<TenantRevenue> rows;

  @PostConstruct
  void aYearUpToToday() {
    DayRange year = DayRange.of(null, null, LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
    from = year.from();
    to = year.to();
  }

  /** Shows the days chosen, when they make a range a report can cover. */
  public void show() {
    Optional<DayRange> chosen = ReportDays.chosen(from, to, texts);
    if (chosen.isPresent()) {
      shown = chosen.get();
      rows = null;
    }
  }

  /** Nothing until the days are chosen: reading every tenant is not for every visit. */
  public List<TenantRevenue> getRows() {
    if (shown == null) {
      return List.of();
    }
    if (rows == null) {
      rows = revenues.between(shown);
    }
    return rows;
  }

  public DayRange getShown() {
    return shown;
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
