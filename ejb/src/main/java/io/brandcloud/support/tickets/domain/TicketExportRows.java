package io.brandcloud.support.tickets.domain;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The current tenant's tickets for exports, handed over one at a time as the database sends them.
 */
public interface TicketExportRows {

  /**
   * A ticket with its customer's name (a visitor's own for a visitor's ticket), department and
   * assignee.
   */
  record TicketRow(
      long id,
      String subject,
      Long organisationId,
      String customer,
      String department,
      String priority,
      String status,
      String assignee,
      Instant createdAt,
      Instant closedAt) {}

  /**
   * Tickets opened from {@code from} until before {@code until} that {@code filter} lets through,
   * oldest first.
   */
  void tickets(Instant from, Instant until, TicketFilter filter, Consumer<TicketRow> each);
}
