package io.brandcloud.support.tickets.domain;

import java.util.Optional;

/**
 * Which tickets staff want to see; each part left empty matches all.
 *
 * @param open only tickets not closed (ignored when {@code status} is set)
 * @param unassigned only tickets nobody has (ignored when {@code assigneeId} is set)
 */
public record TicketFilter(
    Optional<TicketStatus> status,
    boolean open,
    Optional<Long> departmentId,
    Optional<Long> assigneeId,
    boolean unassigned,
    Optional<Long> organisationId) {

  /** Every ticket not closed, the queue's default. */
  public static TicketFilter openTickets() {
    return new TicketFilter(
        Optional.empty(), true, Optional.empty(), Optional.empty(), false, Optional.empty());
  }
}
