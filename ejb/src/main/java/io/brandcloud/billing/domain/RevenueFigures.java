package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** The current tenant's money movements summed by month, for the revenue report. */
public interface RevenueFigures {

  /**
   * One month's sums, each as the report reads it (revenue positive): charges for servers less
   * usage given back, subscription terms less what was given back, invoices staff wrote, the net of
   * credit notes, tax charged less tax credited; apart from revenue, payments in, refunds to cards,
   * disputes, staff credits and other adjustments.
   */
  record Month(
      YearMonth month,
      BigDecimal servers,
      BigDecimal subscriptions,
      BigDecimal invoices,
      BigDecimal creditNotes,
      BigDecimal tax,
      BigDecimal topUps,
      BigDecimal refunds,
      BigDecimal disputes,
      BigDecimal credits,
      BigDecimal adjustments) {}

  /** Months from {@code from} until before {@code until} that had any, in {@code zone}. */
  List<Month> months(ZoneId zone, Instant from, Instant until);
}
