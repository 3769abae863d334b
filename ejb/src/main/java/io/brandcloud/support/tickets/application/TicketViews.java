package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.Department;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketAttachmentRepository;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.support.tickets.domain.TicketServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns tickets into what lists and the thread show, with the names of what they refer to. */
@ApplicationScoped
class TicketViews {

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject SupportPeople people;
  @Inject TicketServers servers;
  @Inject TicketAttachmentRepository attachments;

  List<TicketSummary> summaries(List<Ticket> page) {
    Map<Long, String> organisations =
        people.organisationNames(
            page.stream().flatMap(t -> t.organisationId().stream()).distinct().toList());
    Map<Long, String> departmentNames =
        departments.all().stream().collect(Collectors.toMap(Department::id, Department::name));
    Map<Long, String> staffNames =
        page.stream().anyMatch(t -> t.assigneeId().isPresent())
            ? people.staff().stream().collect(Collectors.toMap(Person::id, Person::name))
            : Map.of();
    return page.stream()
        .map(t -> summary(t, organisations::get, departmentNames::get, staffNames::get))
        .toList();
  }

  TicketView view(Ticket ticket, boolean withNotes) {
    TicketSummary summary = summaries(List.of(ticket)).get(0);
    Long serverId = ticket.serverId().orElse(null);
    String hostname =
        serverId == null
            ? null
            : ticket.organisationId().flatMap(o -> servers.hostname(o, serverId)).orElse(null);
    return new TicketView(
        summary,
        serverId,
        hostname,
        tickets.messages(ticket.id(), withNotes).stream().map(TicketMessageView::of).toList(),
        attachments.of(ticket.id()).stream().map(AttachmentView::of).toList());
  }

  private static TicketSummary summary(
      Ticket t,
      Function<Long, String> organisation,
      Function<Long, String> department,
      Function<Long, String> staff) {
    Long assignee = t.assigneeId().orElse(null);
    Optional<Ticket.Visitor> visitor = t.visitor();
    return new TicketSummary(
        t.id(),
        t.organisationId().orElse(null),
        visitor
            .map(Ticket.Visitor::name)
            .orElseGet(() -> organisation.apply(t.organisationId().get())),
        visitor.map(Ticket.Visitor::email).orElse(null),
        t.subject(),
        t.status(),
        t.priority(),
        t.departmentId(),
        department.apply(t.departmentId()),
        assignee,
        assignee == null ? null : staff.apply(assignee),
        t.createdAt(),
        t.updatedAt(),
        t.waitingSince().orElse(null));
  }
}
