package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the run-rate report is worked out from: the current tenant's ledger, by organisation. */
public interface RunRateFigures {

  /**
   * What an organisation's hourly charges (servers, snapshots, volumes, addresses) came to for the
   * hours of a month.
   */
  record Usage(long organisationId, YearMonth month, BigDecimal amount) {}

  /**
   * A subscription term's ledger row: the term ({@code sub:<subscription>:<generation>:<price>:<
   * first day>}) with the day after its last (from its invoice, null without one), its price's
   * amount and cycle in months, what the row is ({@code term} or {@code discount}) and its amount
   * as the wallet saw it.
   */
  record TermRow(
      long organisationId,
      String term,
      LocalDate termStart,
      LocalDate termEnd,
      int cycleMonths,
      BigDecimal listAmount,
      String kind,
      BigDecimal amount) {}

  /**
   * Hourly charges for the hours before {@code until}, by organisation and month in {@code zone}.
   */
  List<Usage> usage(ZoneId zone, Instant until);

  /** The hour up to which every hourly charge has been made, or null before the first run. */
  Instant chargedUpTo();

  /** Every subscription term's and discount's rows booked before {@code until}. */
  List<TermRow> terms(Instant until);

  /**
   * The day each term given back (cancelled or changed: its unused part credited to the wallet or
   * by a credit note) stopped, by term.
   */
  Map<String, LocalDate> termsGivenBack(ZoneId zone, Instant until);

  /** The month of each organisation's first payment in, for cohorts. */
  Map<Long, YearMonth> firstPayments(ZoneId zone, Instant until);
}
