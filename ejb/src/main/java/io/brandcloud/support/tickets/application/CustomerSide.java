package io.brandcloud.support.tickets.application;

import io.brandcloud.support.discord.application.TicketChat;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What the customer's side writes on a ticket, however it came (the portal, the API, mail, the
 * contact form): kept, and heard of by the staff who answer and by the tenant's chat channel.
 */
@ApplicationScoped
class CustomerSide {

  @Inject TicketRepository tickets;
  @Inject TicketMail mail;
  @Inject TicketChat chat;

  /** Keeps a new ticket with its first message. */
  TicketMessage open(
      Ticket ticket, TicketMessage.Author author, MessageChannel via, String body, Instant now) {
    tickets.add(ticket);
    TicketMessage first = TicketMessage.reply(ticket.id(), author, via, body, now);
    tickets.add(first);
    mail.needsAnswer(ticket, first, author.userId());
    chat.opened(ticket, first);
    return first;
  }

  /** Writes on a ticket again: staff owe an answer, and a closed ticket opens again. */
  TicketMessage wrote(
      Ticket ticket, TicketMessage.Author author, MessageChannel via, String body, Instant now) {
    TicketMessage reply = TicketMessage.reply(ticket.id(), author, via, body, now);
    tickets.add(reply);
    ticket.customerWrote(now);
    mail.needsAnswer(ticket, reply, author.userId());
    chat.customerWrote(ticket, reply);
    return reply;
  }
}
