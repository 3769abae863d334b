package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.support.tickets.domain.TicketStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A ticket as lists show it.
 *
 * @param organisationId null for a visitor's ticket
 * @param organisationName the organisation's name, or the visitor's
 * @param visitorEmail where answers to a visitor's ticket go; null for an organisation's
 * @param waitingSince since when staff owe an answer; null while they owe none
 */
public record TicketSummary(
    long id,
    Long organisationId,
    String organisationName,
    String visitorEmail,
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

  public boolean fromVisitor() {
    return visitorEmail != null;
  }

  public boolean closed() {
    return status == TicketStatus.CLOSED;
  }
}
