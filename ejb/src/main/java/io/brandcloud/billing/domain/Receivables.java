package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What customers owe the shop: open invoices, wallets below zero, and payments in dispute. */
public interface Receivables {

  /**
   * An invoice waiting to be paid.
   *
   * @param dueOn null for an invoice issued without a due date
   */
  record OpenInvoice(
      long id,
      String number,
      long organisationId,
      String customer,
      LocalDate dueOn,
      Instant issuedAt,
      BigDecimal amount) {}

  /** An hourly customer's wallet below zero, by how much. */
  record Debt(long organisationId, String customer, BigDecimal amount, Instant since) {}

  /** A payment the customer's bank or PayPal holds back until the dispute is decided. */
  record OpenDispute(
      long id,
      long paymentId,
      long organisationId,
      String customer,
      BigDecimal amount,
      Instant openedAt) {}

  /** Every open invoice. */
  List<OpenInvoice> openInvoices();

  /** Every wallet below zero, the deepest first. */
  List<Debt> debts();

  /** Every dispute not yet decided, the oldest first. */
  List<OpenDispute> openDisputes();
}
