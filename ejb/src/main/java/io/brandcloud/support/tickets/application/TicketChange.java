package io.brandcloud.support.tickets.application;

/**
 * What staff change on a ticket; each null part stays as it is.
 *
 * @param assigneeId a staff member's id, or 0 to take the ticket from whoever has it
 */
public record TicketChange(String status, String priority, Long departmentId, Long assigneeId) {}
