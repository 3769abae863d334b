package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.Moments;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments as people read them: in the tenant's time zone (UTC on the platform's pages), written the
 * way the viewer's language writes dates, to the minute.
 */
@Named("times")
@RequestScoped
public class TimeFormat {

  public String show(Instant instant) {
    return instant == null ? "" : Moments.time(instant, Views.locale(), zone());
  }

  public String date(LocalDate date) {
    return date == null ? "" : Moments.date(date, Views.locale());
  }

  /** A month as the viewer's language names it, e.g. "Jan 2027" or "Jan. 2027". */
  public String month(YearMonth month) {
    return month == null
        ? ""
        : month.format(DateTimeFormatter.ofPattern("MMM yyyy", Views.locale()));
  }

  /** An hour from its start, e.g. "23 Nov 2026, 14:00–15:00", as usage charges are billed. */
  public String hour(Instant start) {
    return start == null ? "" : Moments.hour(start, Views.locale(), zone());
  }

  /** The full moment in ISO form, for a tooltip or a machine. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.atZone(zone()).toOffsetDateTime().toString();
  }

  private static ZoneId zone() {
    return CurrentTenant.get().map(TenantContext::timeZone).orElse(ZoneOffset.UTC);
  }
}
