package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.RunRateFigures.TermRow;
import io.brandcloud.billing.domain.RunRateFigures.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The run-rate report's arithmetic over a large shop, without the database: {@code bench.customers}
 * customers (10,000) over {@code bench.months} months (24), each with hourly usage in most months
 * and every third with a monthly subscription. Prints {@code run-rate customers=… months=… rows=…
 * seconds=…} of the best of three runs.
 */
public final class RunRateBenchmark {

  private RunRateBenchmark() {}

  public static void main(String[] args) {
    int customers = Integer.getInteger("bench.customers", 10_000);
    int months = Integer.getInteger("bench.months", 24);
    YearMonth first = YearMonth.of(2027, 1);
    YearMonth last = first.plusMonths(months - 1L);
    Random random = new Random(42);
    List<Usage> usage = new ArrayList<>();
    List<TermRow> terms = new ArrayList<>();
    Map<Long, YearMonth> firstPayments = new HashMap<>();
    for (long c = 1; c <= customers; c++) {
      firstPayments.put(c, first.plusMonths(random.nextInt(months)));
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        if (random.nextInt(10) < 8) {
          usage.add(new Usage(c, m, BigDecimal.valueOf(random.nextInt(20_000), 2)));
        }
        if (c % 3 == 0) {
          terms.add(
              new TermRow(
                  c,
                  "sub:" + c + ":0:1:" + m.atDay(1),
                  m.atDay(1),
                  m.plusMonths(1).atDay(1),
                  1,
                  new BigDecimal("10.00"),
                  "term",
                  new BigDecimal("-10.00")));
        }
      }
    }
    Instant now = last.plusMonths(1).atDay(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    RunRate.Figures figures = new RunRate.Figures(usage, now, terms, Map.of(), firstPayments);
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long started = System.nanoTime();
      RunRateReport report =
          RunRate.of(first, last, now, ZoneOffset.UTC, figures, Currency.getInstance("EUR"));
      best = Math.min(best, (System.nanoTime() - started) / 1e9);
      if (report.months().size() != months) {
        throw new IllegalStateException("Expected " + months + " months");
      }
    }
    System.out.printf(
        "run-rate customers=%d months=%d rows=%d seconds=%.2f%n",
        customers, months, usage.size() + terms.size(), best);
  }
}
