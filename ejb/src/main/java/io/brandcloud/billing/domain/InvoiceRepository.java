package io.brandcloud.billing.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current tenant's invoices, and the set-based steps that issue one month's invoices for many
 * organisations in one transaction: lock and read their inputs, number them, store them.
 */
public interface InvoiceRepository {

  Optional<Invoice> find(long invoiceId);

  /** The organisation's invoices but drafts, latest period first. */
  List<Invoice> ofOrganisation(long organisationId);

  Page<Invoice> ofOrganisation(long organisationId, PageRequest page);

  /**
   * The organisations, by id, with usage from {@code from} until {@code to} and no invoice yet for
   * the period that starts on {@code periodStart}.
   */
  List<Long> toInvoice(Instant from, Instant to, LocalDate periodStart);

  /**
   * Locks the organisations until the transaction ends (in id order, so issuers never deadlock) and
   * returns the inputs of those not yet invoiced for the period that starts on {@code periodStart}.
   */
  List<InvoiceInput> lockAndRead(
      List<Long> organisationIds,
      LocalDate periodStart,
      Instant from,
      Instant to,
      ZoneId zone,
      Currency currency);

  /**
   * The next {@code count} numbers of the year's gapless series, in order; a rolled-back
   * transaction gives them back.
   */
  List<String> reserveNumbers(int year, int count);

  /**
   * Stores the invoices, each with the seller as it prints them, and charges their tax to the
   * organisations' wallets, once per invoice.
   */
  void store(List<NumberedInvoice> invoices, Instant issuedAt, String seller, String actor);

  /** Stores invoices whose payment the caller books; returns their ids by number. */
  Map<String, Long> storeDocuments(List<NumberedInvoice> invoices, Instant issuedAt, String seller);

  /** The invoice of a subscription's term (a void one bills nothing), locked. */
  Optional<TermInvoice> termInvoiceForUpdate(String sourceReference);

  /** The organisation's open invoice staff wrote, locked; empty when it has none of that id. */
  Optional<TermInvoice> openManualForUpdate(long organisationId, long invoiceId);

  /** The subscription's open invoices, locked until the transaction ends. */
  List<TermInvoice> openOfSubscription(long subscriptionId);

  /** An open invoice paid; false when it was not open. */
  boolean markPaid(long invoiceId, Instant paidAt);

  /** An open invoice voided; false when it was not open. */
  boolean markVoid(long invoiceId);
}
