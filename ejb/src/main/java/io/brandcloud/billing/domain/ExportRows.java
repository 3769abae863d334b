package io.brandcloud.billing.domain;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The current tenant's rows for exports, handed over one at a time as the database sends them, so
 * an export of any length never holds more than a batch.
 */
public interface ExportRows {

  /** An issued invoice (drafts are not). */
  record InvoiceRow(
      String number,
      Instant issuedAt,
      java.time.LocalDate dueOn,
      String status,
      long organisationId,
      String customer,
      java.math.BigDecimal subtotal,
      java.math.BigDecimal tax,
      java.math.BigDecimal total,
      String currency,
      Instant paidAt) {}

  /** A ledger row with its wallet's organisation. */
  record LedgerRow(
      long id,
      Instant createdAt,
      long organisationId,
      String customer,
      String type,
      LedgerText text,
      java.math.BigDecimal amount,
      String currency,
      String reference) {}

  /** A credit note with the invoice it credits. */
  record CreditNoteRow(
      String number,
      Instant issuedAt,
      String invoiceNumber,
      long organisationId,
      String customer,
      String reason,
      java.math.BigDecimal subtotal,
      java.math.BigDecimal tax,
      java.math.BigDecimal total,
      String currency) {}

  /** Invoices issued from {@code from} until before {@code until}, oldest first. */
  void invoices(Instant from, Instant until, Consumer<InvoiceRow> each);

  /**
   * Ledger rows written from {@code from} until before {@code until}, in order; of one organisation
   * only where {@code organisationId} is set.
   */
  void ledger(Instant from, Instant until, Long organisationId, Consumer<LedgerRow> each);

  /** Credit notes issued from {@code from} until before {@code until}, oldest first. */
  void creditNotes(Instant from, Instant until, Consumer<CreditNoteRow> each);
}
