package io.brandcloud.web.faces.shared;

import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments as people read them: in the tenant's time zone (UTC on the platform's pages), written the
 * way the viewer's language writes dates, to the minute.
 */
@Named("times")
@RequestScoped
public class TimeFormat {

  public String show(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Views.locale())
        .withZone(zone())
        .format(instant);
  }

  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(Views.locale())
        .format(date);
  }

  /** An hour from its start, e.g. "23 Nov 2026, 14:00–15:00", as usage charges are billed. */
  public String hour(Instant start) {
    if (start == null) {
      return "";
    }
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Views.locale())
            .withZone(zone());
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Views.locale())
            .withZone(zone())
            .format(start)
        + ", "
        + time.format(start)
        + "\u2013"
        + time.format(start.plusSeconds(3600));
  }

  /** The full moment in ISO form, for a tooltip or a machine. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.atZone(zone()).toOffsetDateTime().toString();
  }

  private static ZoneId zone() {
    return CurrentTenant.get().map(TenantContext::timeZone).orElse(ZoneOffset.UTC);
  }
}
