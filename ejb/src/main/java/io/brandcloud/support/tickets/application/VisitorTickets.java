package io.brandcloud.support.tickets.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The shop's side of the contact form ({@link ContactForm}): its own limits on what visitors send,
 * and the ticket a message opens, each in a transaction of its own.
 */
@Stateless
public class VisitorTickets {

  static final int PER_ADDRESS_PER_HOUR = 3;
  static final int PER_CLIENT_PER_HOUR = 5;
  static final int ALL_VISITORS_PER_HOUR = 100;

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject TicketMail mail;
  @Inject CustomerSide customerSide;
  @Inject AuditLog audit;

  /**
   * Whether the shop takes one more message: a few an hour to one address and from one client, and
   * a ceiling for all visitors together; the client's own limit comes first, so one client cannot
   * use up everyone's. A shop whose departments are all retired takes none (a 400).
   */
  public boolean shopTakesOneMore(String email, String client, Instant now) {
    department();
    Instant hourAgo = now.minus(Duration.ofHours(1));
    return (client == null
            || tickets.fromVisitorsSince(hourAgo, null, client) < PER_CLIENT_PER_HOUR)
        && tickets.fromVisitorsSince(hourAgo, email, null) < PER_ADDRESS_PER_HOUR
        && tickets.fromVisitorsSince(hourAgo, null, null) < ALL_VISITORS_PER_HOUR;
  }

  /** Opens the visitor's ticket in the first department that takes tickets; answers its number. */
  public long open(
      Ticket.Visitor visitor, String client, String subject, String body, Instant now) {
    Ticket ticket = Ticket.fromVisitor(visitor, client, department(), subject, now);
    customerSide.open(
        ticket,
        new TicketMessage.Author(null, visitor.name(), false),
        MessageChannel.CONTACT,
        body,
        now);
    mail.visitorConfirmation(ticket);
    audit.record("visitor", "ticket.opened", "ticket " + ticket.id(), "contact form");
    return ticket.id();
  }

  private long department() {
    return departments
        .firstActive()
        .orElseThrow(
            () -> BrandcloudException.invalid("department", "No department takes tickets"));
  }
}
