package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.RunRateFigures;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Works the run-rate report out of the ledger's figures; no database, no clock of its own. */
final class RunRate {

  /** A month's run rate counts 730 hours: a year's 8,760 over twelve. */
  static final BigDecimal HOURS_A_MONTH = BigDecimal.valueOf(730);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int SCALE = 6;

  private final Map<Long, TreeMap<YearMonth, BigDecimal>> values = new HashMap<>();
  private final Currency currency;

  private RunRate(Currency currency) {
    this.currency = currency;
  }

  /** What the report is worked out from, as the ledger has it. */
  record Figures(
      List<RunRateFigures.Usage> usage,
      Instant chargedUpTo,
      List<RunRateFigures.TermRow> terms,
      Map<String, LocalDate> givenBack,
      Map<Long, YearMonth> firstPayments) {}

  /**
   * The report from {@code from} to {@code to} as of {@code now}: hourly charges of a month are
   * measured over the hours charged so far, subscriptions this month as of today.
   */
  static RunRateReport of(
      YearMonth from, YearMonth to, Instant now, ZoneId zone, Figures figures, Currency currency) {
    RunRate rate = new RunRate(currency);
    Instant charged = figures.chargedUpTo() == null ? now : figures.chargedUpTo();
    for (RunRateFigures.Usage u : figures.usage()) {
      BigDecimal hours = BigDecimal.valueOf(hoursOf(u.month(), charged, zone));
      rate.add(
          u.organisationId(),
          u.month(),
          u.amount().multiply(HOURS_A_MONTH).divide(hours, SCALE, RoundingMode.HALF_UP));
    }
    rate.addTerms(figures.terms(), figures.givenBack(), LocalDate.ofInstant(now, zone));
    List<RunRateReport.Month> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(rate.month(m));
    }
    return new RunRateReport(from, to, months, rate.cohorts(from, to, figures.firstPayments()));
  }

  /** Hours in the month, or those of it charged by {@code charged}; at least one. */
  static long hoursOf(YearMonth month, Instant charged, ZoneId zone) {
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Instant last = charged.isBefore(end) ? charged : end;
    return Math.max(1, Duration.between(start, last).toHours());
  }

  /**
   * Each term at its price per month in each month whose end it covers (this month: today), less
   * its discounts the same way. A term stops early on the day it was given back (cancelled or
   * changed) or when a later generation of its subscription (a change of product or price) starts.
   */
  private void addTerms(
      List<RunRateFigures.TermRow> rows, Map<String, LocalDate> givenBack, LocalDate today) {
    Map<String, List<RunRateFigures.TermRow>> bySubscription = new HashMap<>();
    for (RunRateFigures.TermRow row : rows) {
      bySubscription.computeIfAbsent(subscriptionOf(row), s -> new ArrayList<>()).add(row);
    }
    for (RunRateFigures.TermRow row : rows) {
      BigDecimal perMonth;
      if (row.kind().equals("term")) {
        perMonth = row.listAmount();
      } else if (row.kind().equals("discount")) {
        perMonth = row.amount().abs().negate();
      } else {
        continue;
      }
      perMonth =
          perMonth.divide(BigDecimal.valueOf(row.cycleMonths()), SCALE, RoundingMode.HALF_UP);
      LocalDate end = endOf(row, givenBack, bySubscription.get(subscriptionOf(row)));
      for (YearMonth m = YearMonth.from(row.termStart());
          m.atDay(1).isBefore(end);
          m = m.plusMonths(1)) {
        LocalDate measured = m.equals(YearMonth.from(today)) ? today : m.atEndOfMonth();
        if (!measured.isBefore(row.termStart()) && measured.isBefore(end)) {
          add(row.organisationId(), m, perMonth);
        }
      }
    }
  }

  /** The day after a term's last: its invoice's, else a cycle on; earlier if it was cut short. */
  private static LocalDate endOf(
      RunRateFigures.TermRow row,
      Map<String, LocalDate> givenBack,
      List<RunRateFigures.TermRow> ofSubscription) {
    LocalDate end =
        row.termEnd() != null ? row.termEnd() : row.termStart().plusMonths(row.cycleMonths());
    LocalDate stopped = givenBack.get(row.term());
    if (stopped != null && stopped.isBefore(end)) {
      end = stopped;
    }
    int generation = generationOf(row);
    for (RunRateFigures.TermRow other : ofSubscription) {
      if (generationOf(other) > generation
          && !other.termStart().isBefore(row.termStart())
          && other.termStart().isBefore(end)) {
        end = other.termStart();
      }
    }
    return end;
  }

  private static String subscriptionOf(RunRateFigures.TermRow row) {
    return row.term().split(":")[1];
  }

  private static int generationOf(RunRateFigures.TermRow row) {
    return Integer.parseInt(row.term().split(":")[2]);
  }

  private void add(long organisationId, YearMonth month, BigDecimal amount) {
    values
        .computeIfAbsent(organisationId, o -> new TreeMap<>())
        .merge(month, amount, BigDecimal::add);
  }

  private BigDecimal valueOf(long organisationId, YearMonth month) {
    BigDecimal value = values.getOrDefault(organisationId, new TreeMap<>()).get(month);
    return value == null || value.signum() <= 0 ? BigDecimal.ZERO : value;
  }

  private boolean paidBefore(long organisationId, YearMonth month) {
    return values.getOrDefault(organisationId, new TreeMap<>()).headMap(month).values().stream()
        .anyMatch(v -> v.signum() > 0);
  }

  private RunRateReport.Month month(YearMonth month) {
    YearMonth before = month.minusMonths(1);
    BigDecimal mrr = BigDecimal.ZERO;
    BigDecimal last = BigDecimal.ZERO;
    BigDecimal fresh = BigDecimal.ZERO;
    BigDecimal expansion = BigDecimal.ZERO;
    BigDecimal contraction = BigDecimal.ZERO;
    BigDecimal churned = BigDecimal.ZERO;
    BigDecimal reactivated = BigDecimal.ZERO;
    int customers = 0;
    int customersBefore = 0;
    int newCustomers = 0;
    int churnedCustomers = 0;
    for (long organisation : values.keySet()) {
      BigDecimal now = valueOf(organisation, month);
      BigDecimal then = valueOf(organisation, before);
      mrr = mrr.add(now);
      last = last.add(then);
      customers += now.signum() > 0 ? 1 : 0;
      customersBefore += then.signum() > 0 ? 1 : 0;
      if (then.signum() == 0 && now.signum() > 0) {
        if (paidBefore(organisation, before)) {
          reactivated = reactivated.add(now);
        } else {
          fresh = fresh.add(now);
          newCustomers++;
        }
      } else if (then.signum() > 0 && now.signum() == 0) {
        churned = churned.add(then);
        churnedCustomers++;
      } else if (now.compareTo(then) > 0) {
        expansion = expansion.add(now.subtract(then));
      } else {
        contraction = contraction.add(then.subtract(now));
      }
    }
    BigDecimal kept = last.add(expansion).subtract(contraction).subtract(churned);
    return new RunRateReport.Month(
        month,
        money(mrr),
        money(mrr.multiply(BigDecimal.valueOf(12))),
        customers,
        money(
            customers == 0
                ? BigDecimal.ZERO
                : mrr.divide(BigDecimal.valueOf(customers), SCALE, RoundingMode.HALF_UP)),
        money(fresh),
        money(expansion),
        money(contraction),
        money(churned),
        money(reactivated),
        newCustomers,
        churnedCustomers,
        percent(BigDecimal.valueOf(churnedCustomers), BigDecimal.valueOf(customersBefore)),
        percent(churned.add(contraction), last),
        percent(kept, last));
  }

  private List<RunRateReport.Cohort> cohorts(
      YearMonth from, YearMonth to, Map<Long, YearMonth> firstPayments) {
    Map<YearMonth, Set<Long>> byMonth = new TreeMap<>();
    firstPayments.forEach(
        (organisation, month) -> {
          if (!month.isBefore(from) && !month.isAfter(to)) {
            byMonth.computeIfAbsent(month, m -> new HashSet<>()).add(organisation);
          }
        });
    List<RunRateReport.Cohort> cohorts = new ArrayList<>();
    byMonth.forEach(
        (month, organisations) -> {
          List<Integer> retained = new ArrayList<>();
          for (YearMonth m = month; !m.isAfter(to); m = m.plusMonths(1)) {
            YearMonth at = m;
            retained.add(
                (int) organisations.stream().filter(o -> valueOf(o, at).signum() > 0).count());
          }
          cohorts.add(new RunRateReport.Cohort(month, organisations.size(), retained));
        });
    return cohorts;
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, currency);
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
