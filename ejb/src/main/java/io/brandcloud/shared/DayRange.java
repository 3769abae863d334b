package io.brandcloud.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Days from {@code from} to {@code to}, both included, in the tenant's time zone. */
public record DayRange(LocalDate from, LocalDate to) implements java.io.Serializable {

  /** The longest range an export or a report covers. */
  public static final int MAX_YEARS = 10;

  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 9999;

  /** The range asked for: a year up to today when neither end is given. */
  public static DayRange of(LocalDate from, LocalDate to, LocalDate today) {
    LocalDate last = to == null ? today : requireReasonable("to", to);
    LocalDate first =
        from == null ? last.minusYears(1).plusDays(1) : requireReasonable("from", from);
    if (first.isAfter(last)) {
      throw BrandcloudException.invalid("from", "from is after to");
    }
    if (!last.isBefore(first.plusYears(MAX_YEARS))) {
      throw BrandcloudException.invalid("from", "A range covers at most " + MAX_YEARS + " years");
    }
    return new DayRange(first, last);
  }

  private static LocalDate requireReasonable(String field, LocalDate day) {
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      throw BrandcloudException.invalid(
          field, field + " is a day from " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return day;
  }

  /** The first day of the longest range that ends on {@code last} (leap days included). */
  public static LocalDate earliestFrom(LocalDate last) {
    LocalDate first = last.minusYears(MAX_YEARS).plusDays(1);
    while (!last.isBefore(first.plusYears(MAX_YEARS))) {
      first = first.plusDays(1);
    }
    return first;
  }

  /** The twelve months up to and including today's. */
  public static DayRange lastTwelveMonths(LocalDate today) {
    return new DayRange(YearMonth.from(today).minusMonths(11).atDay(1), today);
  }

  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
