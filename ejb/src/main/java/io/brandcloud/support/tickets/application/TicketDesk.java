package io.brandcloud.support.tickets.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.discord.application.TicketChat;
import io.brandcloud.support.tickets.domain.Department;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.support.tickets.domain.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reseller's side of the support desk: the queue of every ticket of the tenant, replies the
 * customer hears of, notes the customer never sees, and assignment, status, priority and
 * department. Needs the tickets permission.
 */
@Stateless
public class TicketDesk {

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject SupportPeople people;
  @Inject TicketViews views;
  @Inject TicketAuthors authors;
  @Inject TicketMail mail;
  @Inject TicketChat chat;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public Page<TicketSummary> queue(TicketFilter filter, PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    Page<Ticket> found = tickets.queue(filter, page);
    return new Page<>(views.summaries(found.items()), found.total(), page);
  }

  /** How many tickets wait for staff, for the dashboard. */
  public long awaitingAnswer() {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return tickets.awaitingStaff();
  }

  public TicketView ticket(long ticketId) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return views.view(existing(ticketId, false), true);
  }

  /**
   * Answers the customer, who is mailed; the ticket then waits for the customer, or takes {@code
   * after} (closed, say) if staff chose a status.
   */
  public TicketView reply(long ticketId, String text, String after, MessageChannel via) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    String body = TicketTexts.body(text);
    TicketStatus next =
        after == null || after.isBlank() ? null : TicketStatus.parse("status", after);
    Ticket ticket = existing(ticketId, true);
    Instant now = clock.now();
    TicketMessage reply = TicketMessage.reply(ticketId, authors.of(caller, true), via, body, now);
    tickets.add(reply);
    ticket.staffAnswered(next, now);
    if (ticket.assigneeId().isEmpty() && caller.userId() != null) {
      ticket.assignTo(caller.userId(), now);
    }
    mail.answered(ticket, reply);
    chat.staffAnswered(ticket, reply);
    audit.record(null, "ticket.answered", "ticket " + ticketId, "status " + ticket.status());
    return views.view(ticket, true);
  }

  /** A note for staff only: nobody is mailed and the customer's view does not change. */
  public TicketView note(long ticketId, String text) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    String body = TicketTexts.body(text);
    Ticket ticket = existing(ticketId, true);
    tickets.add(TicketMessage.note(ticketId, authors.of(caller, true), body, clock.now()));
    audit.record(null, "ticket.noted", "ticket " + ticketId, null);
    return views.view(ticket, true);
  }

  public TicketView change(long ticketId, TicketChange change) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    TicketStatus status =
        change.status() == null ? null : TicketStatus.parse("status", change.status());
    TicketPriority priority =
        change.priority() == null ? null : TicketPriority.parseOrNormal(change.priority());
    Ticket ticket = existing(ticketId, true);
    boolean moved = change.departmentId() != null && change.departmentId() != ticket.departmentId();
    if (moved) {
      requireDepartment(change.departmentId());
    }
    Optional<Long> assignee =
        change.assigneeId() == null || change.assigneeId() == 0
            ? Optional.empty()
            : Optional.of(change.assigneeId());
    boolean reassigned = change.assigneeId() != null && !ticket.assigneeId().equals(assignee);
    if (reassigned && assignee.isPresent()) {
      requireWorker(assignee.get());
    }
    Instant now = clock.now();
    List<String> changed = new ArrayList<>();
    if (status != null && status != ticket.status()) {
      ticket.changeStatus(status, now);
      changed.add("status " + status);
      if (status == TicketStatus.CLOSED) {
        mail.closed(ticket);
      }
    }
    if (priority != null && priority != ticket.priority()) {
      ticket.prioritise(priority, now);
      changed.add("priority " + priority);
    }
    if (moved) {
      ticket.moveTo(change.departmentId(), now);
      changed.add("department " + change.departmentId());
    }
    if (reassigned) {
      ticket.assignTo(assignee.orElse(null), now);
      changed.add(assignee.map(id -> "assigned to " + id).orElse("unassigned"));
    }
    if (!changed.isEmpty()) {
      audit.record(null, "ticket.changed", "ticket " + ticketId, String.join(", ", changed));
    }
    return views.view(ticket, true);
  }

  /** The staff who may be given tickets, by name. */
  public List<SupportPeople.Person> workers() {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return people.staff().stream()
        .filter(p -> p.role().may(StaffPermission.TICKETS_MANAGE))
        .toList();
  }

  private void requireDepartment(long departmentId) {
    departments
        .find(departmentId)
        .filter(Department::active)
        .orElseThrow(() -> BrandcloudException.invalid("departmentId", "No such department"));
  }

  private void requireWorker(long userId) {
    people
        .person(userId)
        .filter(p -> p.role().may(StaffPermission.TICKETS_MANAGE))
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "assigneeId", "No staff member who works tickets has this id"));
  }

  private Ticket existing(long ticketId, boolean forUpdate) {
    return (forUpdate ? tickets.findForUpdate(ticketId) : tickets.find(ticketId))
        .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
  }
}
