package io.brandcloud.support.mailin.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.support.mailin.domain.AnswerText;
import io.brandcloud.support.mailin.domain.InboundMail;
import io.brandcloud.support.mailin.domain.ReceivedMail.Outcome;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository;
import io.brandcloud.support.tickets.application.ContactForm;
import io.brandcloud.support.tickets.application.OutsideWriters;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.ReplyReference;
import io.brandcloud.support.tickets.domain.ReplySide;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a mail read from the support mailbox into an answer in its ticket, each mail in its own
 * transaction and once (by Message-ID). An answer is taken only with the secret of the side the
 * ticket mail went to, from a confirmed address of someone on that side who may write in the
 * ticket: a member of the ticket's organisation for customer mail, staff who work tickets for staff
 * mail. It is written as that person, so the same permissions, limits and notifications apply as in
 * the portal.
 */
@Stateless
public class MailReplies {

  /** More answers by mail from one sender to one ticket within an hour are an auto-responder. */
  static final int ANSWERS_PER_HOUR = 10;

  @Inject SupportMailboxRepository mailbox;
  @Inject TicketRepository tickets;
  @Inject SupportPeople people;
  @EJB Tickets customerTickets;
  @EJB TicketDesk desk;
  @EJB ContactForm contactForm;
  @Inject OutsideWriters writers;
  @Inject ApplicationClock clock;

  /**
   * Handles one mail; answers what became of it, or nothing when it had been handled before. A
   * ticket's refusal (the text too long, the writer without permission) rolls everything back and
   * is for {@link #refused} to note.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Outcome> take(InboundMail mail) {
    CurrentCaller.requirePrivileged();
    Instant now = clock.now();
    if (!mailbox.firstReading(mail.messageId(), mail.sender(), mail.subject(), now)) {
      return Optional.empty();
    }
    Optional<ReplyReference> reference = ReplyReference.in(mail.subject());
    Optional<Ticket> ticket = reference.flatMap(ref -> tickets.findForUpdate(ref.ticketId()));
    Optional<ReplySide> side = ticket.flatMap(t -> t.sideOf(reference.get()));
    Outcome outcome =
        mail.automatic()
            ? Outcome.BOUNCE
            : side.isEmpty() ? Outcome.NO_TICKET : outcome(mail, ticket.get(), side.get());
    mailbox.outcome(
        mail.messageId(), outcome, side.isEmpty() ? null : ticket.map(Ticket::id).orElse(null));
    return Optional.of(outcome);
  }

  /** Notes a mail the ticket refused, so it is not read again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean refused(InboundMail mail) {
    CurrentCaller.requirePrivileged();
    if (mailbox.firstReading(mail.messageId(), mail.sender(), mail.subject(), clock.now())) {
      mailbox.outcome(mail.messageId(), Outcome.REFUSED, null);
    }
    return true;
  }

  /** Notes a failed handling; true once the mail is given up. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean failed(InboundMail mail, int maxAttempts) {
    CurrentCaller.requirePrivileged();
    return mailbox.failedReading(
        mail.messageId(), mail.sender(), mail.subject(), clock.now(), maxAttempts);
  }

  private Outcome outcome(InboundMail mail, Ticket ticket, ReplySide side) {
    if (side == ReplySide.CUSTOMER && ticket.visitor().isPresent()) {
      return visitorOutcome(mail, ticket);
    }
    Optional<Person> writer = people.confirmedWithEmail(mail.sender());
    if (writer.isEmpty()) {
      return Outcome.UNKNOWN_SENDER;
    }
    Person person = writer.get();
    boolean staff = side == ReplySide.STAFF;
    boolean allowed =
        staff
            ? person.role().may(StaffPermission.TICKETS_MANAGE)
            : !person.role().isStaff()
                && ticket
                    .organisationId()
                    .flatMap(organisation -> people.memberOf(organisation, person.id()))
                    .isPresent();
    if (!allowed) {
      return Outcome.UNKNOWN_SENDER;
    }
    Optional<Outcome> refused = refusedAnswer(mail, ticket);
    if (refused.isPresent()) {
      return refused.get();
    }
    String answer = AnswerText.of(mail.text());
    CurrentCaller.runAs(
        writers.caller(person),
        () -> {
          if (staff) {
            desk.reply(ticket.id(), answer, null, MessageChannel.MAIL);
          } else {
            customerTickets.reply(
                ticket.organisationId().orElseThrow(), ticket.id(), answer, MessageChannel.MAIL);
          }
        });
    return Outcome.ACCEPTED;
  }

  /**
   * A visitor's ticket (the contact form) takes answers to its customer mail from the address the
   * visitor gave, which is where that mail went.
   */
  private Outcome visitorOutcome(InboundMail mail, Ticket ticket) {
    if (mail.sender() == null || !mail.sender().equalsIgnoreCase(ticket.visitor().get().email())) {
      return Outcome.UNKNOWN_SENDER;
    }
    Optional<Outcome> refused = refusedAnswer(mail, ticket);
    if (refused.isPresent()) {
      return refused.get();
    }
    contactForm.visitorAnswered(ticket.id(), AnswerText.of(mail.text()));
    return Outcome.ACCEPTED;
  }

  /** An empty answer, or one more than an auto-responder would send, is not taken. */
  private Optional<Outcome> refusedAnswer(InboundMail mail, Ticket ticket) {
    if (AnswerText.of(mail.text()).isEmpty()) {
      return Optional.of(Outcome.EMPTY);
    }
    Instant hourAgo = clock.now().minus(Duration.ofHours(1));
    if (mailbox.acceptedSince(ticket.id(), mail.sender(), hourAgo) >= ANSWERS_PER_HOUR) {
      return Optional.of(Outcome.THROTTLED);
    }
    return Optional.empty();
  }
}
