package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.application.ContactAddressLimits;
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
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The storefront's contact form: a visitor without an account writes to the shop, and staff answer
 * in their ticket queue; the visitor reads the answers by e-mail and, when the shop reads a support
 * mailbox, answers them by e-mail too. A few messages an hour to one address and from one client,
 * and a ceiling for all visitors together, keep a script from filling the queue or someone's
 * mailbox ({@link VisitorTickets}); every shop mails the address, so the shops together take only
 * so many for one address ({@link ContactAddressLimits}).
 */
@Stateless
public class ContactForm {

  static final int NAME_MAX = 200;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

  @Inject TicketRepository tickets;
  @Inject DepartmentRepository departments;
  @Inject CustomerSide customerSide;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB ContactAddressLimits allShops;
  @EJB VisitorTickets visitorTickets;

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

  /**
   * Opens the visitor's ticket; answers its number. Runs outside any transaction: the shop's limits
   * are read in one, the platform's count taken in another, and the ticket written in a third, so
   * no request holds two database connections at once.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long write(ContactMessage message) {
    String name = Validation.requireText("name", message.name(), NAME_MAX);
    String email = Validation.requireEmail("email", message.email());
    String subject = TicketTexts.subject(message.subject());
    String body = TicketTexts.body(message.body());
    Instant now = clock.now();
    String client =
        RequestOrigin.address().map(a -> a.length() > 100 ? a.substring(0, 100) : a).orElse(null);
    if (!visitorTickets.shopTakesOneMore(email, client, now) || !allShops.takeOne(email, now)) {
      throw new BrandcloudException(ErrorCode.CONTACT_LIMITED);
    }
    return visitorTickets.open(
        new Ticket.Visitor(name, email, language(message.language())), client, subject, body, now);
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
