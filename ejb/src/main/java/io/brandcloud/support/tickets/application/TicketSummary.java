package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.support.tickets.domain.TicketStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A ticket as lists show it.
 *
 * @param waitingSince since when staff owe an answer; null while they owe none
 */
public record TicketSummary(
    long id,
    long organisationId,
    String organisationName,
    String subject,
    TicketStatus status,
    TicketPriority priority,
    long departmentId,
    String departmentName,
    Long assigneeId,
    String assigneeName,
    Instant createdAt,
    Instant updatedAt,
    Instant waitingSince)
    implements Serializable {

  public boolean closed() {
    return status == TicketStatus.CLOSED;
  }
}
