package io.brandcloud.support.tickets.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.tickets.domain.Department;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.support.tickets.domain.TicketServers;
import io.brandcloud.support.tickets.domain.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The tickets of a customer's organisation: members who may see tickets read them (without staff
 * notes), members who may open them open, answer and close them. Another organisation's ticket is
 * "not found".
 */
@Stateless
public class Tickets {

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject TicketServers servers;
  @Inject MemberAccess members;
  @Inject TicketViews views;
  @Inject TicketAuthors authors;
  @Inject CustomerSide customerSide;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public TicketView open(long organisationId, NewTicket draft, MessageChannel via) {
    members.require(organisationId, Permission.TICKETS_CREATE);
    String subject = TicketTexts.subject(draft.subject());
    String body = TicketTexts.body(draft.body());
    TicketPriority priority = TicketPriority.parseOrNormal(draft.priority());
    long department = department(draft.departmentId());
    if (draft.serverId() != null && servers.hostname(organisationId, draft.serverId()).isEmpty()) {
      throw BrandcloudException.invalid("serverId", "No such server in this organisation");
    }
    Caller caller = CurrentCaller.require();
    Ticket ticket =
        start(
            organisationId,
            department,
            subject,
            priority,
            draft.serverId(),
            authors.of(caller, false),
            via,
            body);
    return views.view(ticket, false);
  }

  /**
   * Opens a ticket for work an order asks of staff (a service to fulfil), in the organisation's
   * name, so staff find it in their queue and the customer follows it on the portal.
   */
  public long openForOrder(long organisationId, String subject, String body) {
    CurrentCaller.requirePrivileged();
    String organisation =
        authors
            .organisationName(organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
    Ticket ticket =
        start(
            organisationId,
            department(null),
            TicketTexts.subject(subject),
            TicketPriority.NORMAL,
            null,
            new TicketMessage.Author(null, organisation, false),
            MessageChannel.PORTAL,
            TicketTexts.body(body));
    return ticket.id();
  }

  private Ticket start(
      long organisationId,
      long department,
      String subject,
      TicketPriority priority,
      Long serverId,
      TicketMessage.Author author,
      MessageChannel via,
      String body) {
    Instant now = clock.now();
    Ticket ticket =
        new Ticket(organisationId, department, subject, priority, serverId, author.userId(), now);
    customerSide.open(ticket, author, via, body, now);
    audit.record(null, "ticket.opened", "ticket " + ticket.id(), subject);
    return ticket;
  }

  public Page<TicketSummary> ofOrganisation(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.TICKETS_VIEW);
    Page<Ticket> found = tickets.ofOrganisation(organisationId, page);
    return new Page<>(views.summaries(found.items()), found.total(), page);
  }

  public TicketView ofOrganisation(long organisationId, long ticketId) {
    members.require(organisationId, Permission.TICKETS_VIEW);
    return views.view(owned(organisationId, tickets.find(ticketId), ticketId), false);
  }

  /** The customer answers; a closed ticket opens again. */
  public TicketView reply(long organisationId, long ticketId, String text, MessageChannel via) {
    members.require(organisationId, Permission.TICKETS_CREATE);
    String body = TicketTexts.body(text);
    Ticket ticket = owned(organisationId, tickets.findForUpdate(ticketId), ticketId);
    Instant now = clock.now();
    boolean reopened = ticket.status() == TicketStatus.CLOSED;
    customerSide.wrote(ticket, authors.of(CurrentCaller.require(), false), via, body, now);
    audit.record(null, reopened ? "ticket.reopened" : "ticket.replied", "ticket " + ticketId, null);
    return views.view(ticket, false);
  }

  public TicketView close(long organisationId, long ticketId) {
    members.require(organisationId, Permission.TICKETS_CREATE);
    Ticket ticket = owned(organisationId, tickets.findForUpdate(ticketId), ticketId);
    if (ticket.status() != TicketStatus.CLOSED) {
      ticket.changeStatus(TicketStatus.CLOSED, clock.now());
      audit.record(null, "ticket.closed", "ticket " + ticketId, "by the customer");
    }
    return views.view(ticket, false);
  }

  /** The departments a member of the organisation may choose for a ticket, by name. */
  public List<DepartmentChoice> departments(long organisationId) {
    members.require(organisationId, Permission.TICKETS_VIEW);
    return departments.all().stream().filter(Department::active).map(DepartmentChoice::of).toList();
  }

  private long department(Long wanted) {
    if (wanted == null) {
      return departments
          .firstActive()
          .orElseThrow(
              () -> BrandcloudException.invalid("departmentId", "No department takes tickets"));
    }
    return departments
        .find(wanted)
        .filter(Department::active)
        .map(Department::id)
        .orElseThrow(() -> BrandcloudException.invalid("departmentId", "No such department"));
  }

  private static Ticket owned(
      long organisationId, java.util.Optional<Ticket> found, long ticketId) {
    return found
        .filter(t -> t.belongsTo(organisationId))
        .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
  }
}
