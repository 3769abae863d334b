package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The current tenant's open invoices due a reminder: {@code days} before they are due, on the day
 * and {@code days} after (the last two for one-off invoices only: an unpaid renewal has its
 * subscription's dunning). Each stage is reminded of once, and not when the invoice was issued on
 * or after the stage's first day (its own mail has just said so); the due-day reminder only on that
 * day, the others within a week of their first day.
 */
public interface InvoiceReminders {

  /** When a reminder goes. */
  enum Stage {
    BEFORE,
    DUE,
    OVERDUE
  }

  record Reminder(
      long invoiceId,
      long organisationId,
      String number,
      BigDecimal total,
      String currency,
      LocalDate dueOn,
      Stage stage) {}

  /**
   * Marks the reminders due on {@code today} as sent at {@code now}, in one statement, and returns
   * them to send; a reminder marked before is not returned again.
   */
  List<Reminder> markDue(LocalDate today, int days, ZoneId zone, Instant now);
}
