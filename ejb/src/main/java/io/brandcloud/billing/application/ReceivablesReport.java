package io.brandcloud.billing.application;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What customers owe the shop on a day, in the tenant's currency: open invoices by how long they
 * are overdue and hourly customers' wallets below zero; apart from that, payments held back in a
 * dispute, which were taken from the customer's wallet when the dispute opened (a wallet below zero
 * may owe them already) and are not owed on top.
 */
public record ReceivablesReport(
    LocalDate asOf,
    List<Age> ages,
    Money invoicesTotal,
    List<Overdue> invoices,
    Money debtsTotal,
    List<Debt> debts,
    Money disputedTotal,
    List<Dispute> disputes)
    implements Serializable {

  /** The ages of open invoices, in this order. */
  public enum Range {
    NOT_DUE,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90;

    /** Where a number of days after the due day falls; 0 and less is not due yet. */
    public static Range of(long daysOverdue) {
      if (daysOverdue <= 0) {
        return NOT_DUE;
      }
      if (daysOverdue <= 30) {
        return DAYS_1_30;
      }
      if (daysOverdue <= 60) {
        return DAYS_31_60;
      }
      return daysOverdue <= 90 ? DAYS_61_90 : OVER_90;
    }
  }

  /** Whether no invoice is open and no wallet below zero (disputes aside). */
  public boolean settled() {
    return invoices.isEmpty() && debts.isEmpty();
  }

  /** The open invoices of one age, and what they add up to. */
  public record Age(Range range, int invoices, Money amount) implements Serializable {}

  /** An open invoice; {@code daysOverdue} is null until its due day has passed. */
  public record Overdue(
      long invoiceId,
      String number,
      long organisationId,
      String customer,
      LocalDate dueOn,
      Integer daysOverdue,
      Range range,
      Money amount)
      implements Serializable {}

  /**
   * A wallet below zero: what the customer owes, to the cent above, and since when (null until the
   * hourly run's dunning saw it).
   */
  public record Debt(long organisationId, String customer, Money amount, LocalDate since)
      implements Serializable {}

  /** A payment in dispute, held back by the bank or PayPal until they decide. */
  public record Dispute(
      long disputeId,
      long paymentId,
      long organisationId,
      String customer,
      LocalDate openedOn,
      Money amount)
      implements Serializable {}
}
