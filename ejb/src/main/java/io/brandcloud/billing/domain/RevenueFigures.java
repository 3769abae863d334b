package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The current tenant's money movements summed by day, week or month, for the revenue report. */
public interface RevenueFigures {

  /**
   * One period's sums (the period named by its first day), each as the report reads it (revenue
   * positive): charges for servers less usage given back, subscription terms less what was given
   * back, invoices staff wrote, the net of credit notes, tax charged less tax credited; apart from
   * revenue, payments in, refunds to cards, disputes, staff credits and other adjustments.
   */
  record Sums(
      LocalDate start,
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

  /** Periods from {@code from} until before {@code until} that had any, in {@code zone}. */
  List<Sums> periods(ZoneId zone, RevenuePeriod by, Instant from, Instant until);
}
