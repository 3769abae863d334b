package io.brandcloud.support.tickets.application;

/**
 * What a customer writes to open a ticket.
 *
 * @param departmentId null for the first active department
 * @param priority low, normal (when null), high or urgent
 * @param serverId one of the organisation's servers, or null
 */
public record NewTicket(
    String subject, String body, Long departmentId, String priority, Long serverId) {}
