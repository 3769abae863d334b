package io.brandcloud.support.tickets.application;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.ReplyRoute;
import io.brandcloud.mail.WritingBack;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.support.mailin.domain.SupportMailbox;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.ReplySide;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the other side of a ticket what happened, through the mail outbox in the transaction that
 * made the change: customers hear of answers and closing, staff of what customers write.
 */
@ApplicationScoped
class TicketMail {

  @Inject MailOutbox mail;
  @Inject SupportPeople people;
  @Inject DepartmentRepository departments;
  @Inject SupportMailboxRepository mailboxes;

  /**
   * Staff answered: the customer who opened the ticket hears, or the owner once they left; a
   * visitor hears at the address they gave, with the answer in full (they have no portal).
   */
  void answered(Ticket ticket, TicketMessage reply) {
    if (ticket.visitor().isPresent()) {
      Ticket.Visitor visitor = ticket.visitor().get();
      mail.send(
          MessageType.VISITOR_TICKET_ANSWERED,
          visitor.email(),
          Map.of(
              "name", visitor.name(),
              "ticket", number(ticket),
              "subject", ticket.subject(),
              "author", reply.authorName(),
              "reply", reply.body(),
              "writingBack", writingBack()),
          replyRoute(ticket, ReplySide.CUSTOMER),
          languageOf(visitor));
      return;
    }
    customer(ticket)
        .ifPresent(
            person ->
                mail.send(
                    MessageType.TICKET_ANSWERED,
                    person.email(),
                    Map.of(
                        "name", person.name(),
                        "ticket", number(ticket),
                        "subject", ticket.subject(),
                        "author", reply.authorName(),
                        "reply", reply.body(),
                        "status", ticket.status(),
                        "ticketUrl", portal() + "/portal/ticket.xhtml?id=" + ticket.id()),
                    replyRoute(ticket, ReplySide.CUSTOMER)));
  }

  void closed(Ticket ticket) {
    customer(ticket)
        .ifPresent(
            person ->
                mail.send(
                    MessageType.TICKET_CLOSED,
                    person.email(),
                    Map.of(
                        "name", person.name(),
                        "ticket", number(ticket),
                        "subject", ticket.subject(),
                        "ticketUrl", portal() + "/portal/ticket.xhtml?id=" + ticket.id()),
                    replyRoute(ticket, ReplySide.CUSTOMER)));
  }

  /**
   * A visitor wrote through the contact form: they hear that it arrived, with the ticket's number
   * and, when the tenant reads a support mailbox, a mail they can answer into the ticket.
   */
  void visitorConfirmation(Ticket ticket) {
    Ticket.Visitor visitor = ticket.visitor().orElseThrow();
    mail.send(
        MessageType.VISITOR_MESSAGE_RECEIVED,
        visitor.email(),
        Map.of("ticket", number(ticket), "writingBack", writingBack()),
        replyRoute(ticket, ReplySide.CUSTOMER),
        languageOf(visitor));
  }

  private static Locale languageOf(Ticket.Visitor visitor) {
    return visitor.language() == null ? null : Locale.forLanguageTag(visitor.language());
  }

  private WritingBack writingBack() {
    return mailboxes.current().filter(SupportMailbox::enabled).isPresent()
        ? WritingBack.ANSWER_THIS_MAIL
        : WritingBack.USE_THE_WEBSITE;
  }

  /**
   * The customer wrote: the assignee hears, else the department's staff, else every staff member
   * who works tickets; never the writer.
   */
  void needsAnswer(Ticket ticket, TicketMessage message, Long writerId) {
    String organisation = organisationName(ticket);
    String author = message.authorName();
    // a personal organisation carries its owner's name: "Clara of Clara" says it twice
    String writer =
        ticket.visitor().isPresent()
            ? author + " <" + ticket.visitor().get().email() + ">"
            : organisation.isBlank() || organisation.equals(author)
                ? author
                : author + " (" + organisation + ")";
    List<MailOutbox.Addressed> mails =
        answerers(ticket).stream()
            .filter(person -> writerId == null || person.id() != writerId)
            .map(
                person ->
                    new MailOutbox.Addressed(
                        person.email(),
                        Map.of(
                            "name", person.name(),
                            "ticket", number(ticket),
                            "subject", ticket.subject(),
                            "organisation", organisation,
                            "author", author,
                            "writer", writer,
                            "priority", ticket.priority(),
                            "reply", message.body(),
                            "ticketUrl", staffPages() + "/admin/ticket.xhtml?id=" + ticket.id())))
            .toList();
    mail.sendAll(MessageType.TICKET_NEEDS_ANSWER, mails, replyRoute(ticket, ReplySide.STAFF));
  }

  /**
   * Once the tenant reads a support mailbox, answers go there, marked with the reference of the
   * ticket's side they were sent to, so they land in the ticket as that side's.
   */
  private Optional<ReplyRoute> replyRoute(Ticket ticket, ReplySide side) {
    return mailboxes
        .current()
        .filter(SupportMailbox::enabled)
        .map(m -> new ReplyRoute(m.server().address(), ticket.replyReference(side).mark()));
  }

  private List<Person> answerers(Ticket ticket) {
    List<Person> workers =
        people.staff().stream().filter(p -> p.role().may(StaffPermission.TICKETS_MANAGE)).toList();
    Optional<Long> assignee = ticket.assigneeId();
    if (assignee.isPresent()) {
      List<Person> assigned = workers.stream().filter(p -> p.id() == assignee.get()).toList();
      if (!assigned.isEmpty()) {
        return assigned;
      }
    }
    Set<Long> department =
        departments.find(ticket.departmentId()).map(d -> d.staff()).orElse(Set.of());
    List<Person> members = workers.stream().filter(p -> department.contains(p.id())).toList();
    return members.isEmpty() ? workers : members;
  }

  /** The organisation's name; empty for a visitor's ticket. */
  String organisationName(Ticket ticket) {
    return ticket
        .organisationId()
        .map(o -> people.organisationNames(List.of(o)).getOrDefault(o, ""))
        .orElse("");
  }

  /** Who hears of an organisation's ticket; a visitor's is {@link #answered}'s own case. */
  private Optional<Person> customer(Ticket ticket) {
    return ticket
        .organisationId()
        .flatMap(
            organisation ->
                ticket
                    .openedBy()
                    .flatMap(user -> people.memberOf(organisation, user))
                    .or(() -> people.ownerOf(organisation)));
  }

  /** The ticket's number as written, never with the locale's thousands separators. */
  private static String number(Ticket ticket) {
    return Long.toString(ticket.id());
  }

  private static String portal() {
    return PublicUrls.portal(CurrentTenant.require());
  }

  /** Staff sign in on the platform's address, also once the shop has a domain of its own. */
  private static String staffPages() {
    return PublicUrls.portal(CurrentTenant.require().slug());
  }
}
