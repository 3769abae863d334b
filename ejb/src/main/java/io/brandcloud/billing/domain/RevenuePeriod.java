package io.brandcloud.billing.domain;

import io.brandcloud.shared.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How the revenue report cuts its range: by day, by week (Monday to Sunday) or by month. */
public enum RevenuePeriod {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the period {@code day} falls in. */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /** The name PostgreSQL's {@code date_trunc} and the API know it by. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code day}, {@code week} or {@code month}; months when nothing is asked. */
  public static RevenuePeriod parse(String field, String value) {
    return value == null || value.isBlank()
        ? MONTH
        : Validation.requireChoice(field, value, RevenuePeriod.class);
  }
}
