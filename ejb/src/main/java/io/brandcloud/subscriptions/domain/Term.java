package io.brandcloud.subscriptions.domain;

import io.brandcloud.catalog.domain.BillingCycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One prepaid term of a subscription, from its first day up to (not including) the day the next
 * begins. Terms are counted from the subscription's anchor, never from the previous term: a
 * subscription started on 31 January renews on 28 (or 29) February and on 31 March again.
 */
public record Term(LocalDate start, LocalDate end, int index) {

  public Term {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("A term ends after it starts: " + start + " to " + end);
    }
  }

  /** The {@code index}-th term (0 is the first) of a subscription anchored on {@code anchor}. */
  public static Term of(LocalDate anchor, BillingCycle cycle, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Terms are counted from 0, not " + index);
    }
    return new Term(
        anchor.plusMonths((long) index * cycle.months()),
        anchor.plusMonths((long) (index + 1) * cycle.months()),
        index);
  }

  /** The term of a subscription anchored on {@code anchor} that holds {@code day}. */
  public static Term holding(LocalDate anchor, BillingCycle cycle, LocalDate day) {
    if (day.isBefore(anchor)) {
      throw new IllegalArgumentException(day + " is before the anchor " + anchor);
    }
    int index = (int) (ChronoUnit.MONTHS.between(anchor, day) / cycle.months());
    Term term = of(anchor, cycle, index);
    // plusMonths clamps to month ends, so the count may land one term early or late
    while (!day.isBefore(term.end)) {
      term = of(anchor, cycle, term.index + 1);
    }
    while (day.isBefore(term.start)) {
      term = of(anchor, cycle, term.index - 1);
    }
    return term;
  }

  public Term next(LocalDate anchor, BillingCycle cycle) {
    return of(anchor, cycle, index + 1);
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /** Days of the term before {@code day}: 0 on its first day, {@link #days()} on its end. */
  public long daysUsedBefore(LocalDate day) {
    if (day.isBefore(start) || day.isAfter(end)) {
      throw new IllegalArgumentException(day + " is outside the term " + start + " to " + end);
    }
    return ChronoUnit.DAYS.between(start, day);
  }
}
