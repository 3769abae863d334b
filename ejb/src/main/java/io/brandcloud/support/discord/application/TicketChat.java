package io.brandcloud.support.discord.application;

import io.brandcloud.outbox.WorkDue;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.support.discord.domain.DiscordChannel;
import io.brandcloud.support.discord.domain.DiscordRepository;
import io.brandcloud.support.discord.domain.DiscordWire;
import io.brandcloud.support.tickets.application.TenantLanguageTexts;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;

/**
 * Tells the tenant's Discord channel what customers write and staff answer: a post is queued in the
 * transaction that wrote the message and sent after it by {@link DiscordPoster}. Notes stay out.
 */
@ApplicationScoped
public class TicketChat {

  @Inject DiscordRepository discord;
  @Inject SupportPeople people;
  @Inject ApplicationClock clock;
  @EJB WorkDue due;
  @EJB TenantSettings settings;
  @EJB DiscordPoster poster;
  @Resource TransactionSynchronizationRegistry transactions;

  public void opened(Ticket ticket, TicketMessage first) {
    queue(ticket, first, "discord.opened");
  }

  public void customerWrote(Ticket ticket, TicketMessage message) {
    queue(ticket, message, "discord.customerWrote");
  }

  public void staffAnswered(Ticket ticket, TicketMessage reply) {
    queue(ticket, reply, "discord.staffAnswered");
  }

  private void queue(Ticket ticket, TicketMessage message, String key) {
    if (discord.current().filter(DiscordChannel::enabled).isEmpty()) {
      return;
    }
    discord.queuePost(
        message.id(),
        content(ticket, message, key),
        CurrentTenant.require().requestId(),
        clock.now());
    due.flag(DiscordPostSteps.QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, poster::nudge);
  }

  private String content(Ticket ticket, TicketMessage message, String key) {
    String organisation =
        ticket
            .organisationId()
            .map(o -> people.organisationNames(List.of(o)).getOrDefault(o, ""))
            .orElseGet(() -> ticket.visitor().map(Ticket.Visitor::email).orElse(""));
    String head =
        new TenantLanguageTexts(TenantLanguageTexts.DISCORD, settings.current().locale())
            .text(
                key,
                Long.toString(ticket.id()),
                DiscordWire.literal(ticket.subject()),
                DiscordWire.literal(message.authorName()),
                DiscordWire.literal(organisation),
                ticket.priority().wireName());
    String link =
        "<"
            + PublicUrls.portal(CurrentTenant.require().slug())
            + "/admin/ticket.xhtml?id="
            + ticket.id()
            + ">";
    int room = DiscordWire.MESSAGE_MAX - head.length() - link.length() - 2;
    return head + "\n" + quoted(message.body(), room) + "\n" + link;
  }

  /** The message as a Discord quote of its literal text, cut to {@code room} with an ellipsis. */
  private static String quoted(String body, int room) {
    String lines = body.strip().replaceAll("\r\n?|[\u0085\u2028\u2029]", "\n");
    String quote = "> " + DiscordWire.literal(lines).replace("\n", "\n> ");
    return quote.length() <= room ? quote : PlainText.cut(quote, Math.max(room - 1, 0)) + "…";
  }
}
