package io.brandcloud.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as people read them, the one rule for pages and documents alike: written the way the
 * reader's language writes dates, to the minute, in the zone given (the tenant's).
 */
public final class Moments {

  private Moments() {}

  /** A moment, e.g. "Nov 23, 2026, 2:05 PM" or "23.11.2026, 14:05". */
  public static String time(Instant at, Locale language, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language)
        .withZone(zone)
        .format(at);
  }

  public static String date(LocalDate day, Locale language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(day);
  }

  /** An hour from its start, e.g. "Nov 23, 2026, 14:00–15:00", as usage charges are billed. */
  public static String hour(Instant start, Locale language, ZoneId zone) {
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).withZone(zone);
    return date(start.atZone(zone).toLocalDate(), language)
        + ", "
        + time.format(start)
        + "\u2013"
        + time.format(start.plusSeconds(3600));
  }
}
