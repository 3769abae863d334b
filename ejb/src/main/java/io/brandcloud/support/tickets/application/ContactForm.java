package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.Validation;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The storefront's contact form: a visitor without an account writes to the shop, and staff answer
 * in their ticket queue; the visitor reads the answers by e-mail and, when the shop reads a support
 * mailbox, answers them by e-mail too. A few messages an hour to one address and from one client,
 * and a ceiling for all visitors together, keep a script from filling the queue or someone's
 * mailbox; the client's own limit comes first, so one client cannot use up everyone's.
 */
@Stateless
public class ContactForm {

  static final int PER_ADDRESS_PER_HOUR = 3;
  static final int PER_CLIENT_PER_HOUR = 5;
  static final int ALL_VISITORS_PER_HOUR = 100;
  static final int NAME_MAX = 200;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject TicketMail mail;
  @Inject CustomerSide customerSide;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /**
   * What a visitor wrote, and the language of the page they wrote on ({@code de}; null or another
   * for the shop's own), which their mail is written in.
   */
  public record ContactMessage(
      String name, String email, String subject, String body, String language) {}

  /** Whether the form takes messages: some department takes tickets. */
  public boolean open() {
    return department().isPresent();
  }

  /** Opens the visitor's ticket; answers its number. */
  public long write(ContactMessage message) {
    String name = Validation.requireText("name", message.name(), NAME_MAX);
    String email = Validation.requireEmail("email", message.email());
    String subject = TicketTexts.subject(message.subject());
    String body = TicketTexts.body(message.body());
    long department =
        department()
            .orElseThrow(
                () -> BrandcloudException.invalid("department", "No department takes tickets"));
    Instant now = clock.now();
    Instant hourAgo = now.minus(Duration.ofHours(1));
    String client =
        RequestOrigin.address().map(a -> a.length() > 100 ? a.substring(0, 100) : a).orElse(null);
    if ((client != null && tickets.fromVisitorsSince(hourAgo, null, client) >= PER_CLIENT_PER_HOUR)
        || tickets.fromVisitorsSince(hourAgo, email, null) >= PER_ADDRESS_PER_HOUR
        || tickets.fromVisitorsSince(hourAgo, null, null) >= ALL_VISITORS_PER_HOUR) {
      throw new BrandcloudException(ErrorCode.CONTACT_LIMITED);
    }
    Ticket ticket =
        Ticket.fromVisitor(
            new Ticket.Visitor(name, email, language(message.language())),
            client,
            department,
            subject,
            now);
    customerSide.open(
        ticket, new TicketMessage.Author(null, name, false), MessageChannel.CONTACT, body, now);
    mail.visitorConfirmation(ticket);
    audit.record("visitor", "ticket.opened", "ticket " + ticket.id(), "contact form");
    return ticket.id();
  }

  /** The visitor answered a mail about their ticket; a closed ticket opens again. */
  public void visitorAnswered(long ticketId, String text) {
    CurrentCaller.requirePrivileged();
    String body = TicketTexts.body(text);
    Ticket ticket =
        tickets
            .findForUpdate(ticketId)
            .filter(t -> t.visitor().isPresent())
            .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
    customerSide.wrote(
        ticket,
        new TicketMessage.Author(null, ticket.visitor().get().name(), false),
        MessageChannel.MAIL,
        body,
        clock.now());
    audit.record("visitor", "ticket.replied", "ticket " + ticketId, "by mail");
  }

  /** A language as a tag of two or three letters, else none (the shop's own). */
  private static String language(String wanted) {
    return wanted != null && LANGUAGE.matcher(wanted).matches()
        ? wanted.toLowerCase(Locale.ROOT)
        : null;
  }

  private Optional<Long> department() {
    return departments.firstActive();
  }
}
