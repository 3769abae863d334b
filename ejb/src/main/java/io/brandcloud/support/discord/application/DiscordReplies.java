package io.brandcloud.support.discord.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.support.discord.domain.DiscordApplication;
import io.brandcloud.support.discord.domain.DiscordChannel;
import io.brandcloud.support.discord.domain.DiscordInteraction;
import io.brandcloud.support.discord.domain.DiscordRepository;
import io.brandcloud.support.tickets.application.OutsideWriters;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/** The transactions of an interaction from Discord, each its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DiscordReplies {

  /** What became of a {@code /reply}; the ticket's number where it was answered. */
  public enum Outcome {
    ANSWERED,
    ALREADY_TAKEN,
    NOT_LINKED,
    NOT_ALLOWED
  }

  @Inject DiscordRepository discord;
  @Inject SupportPeople people;
  @Inject OutsideWriters writers;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB TicketDesk desk;

  /** The connected application, whose key signs what Discord sends; none while it is off. */
  public Optional<DiscordApplication> application() {
    CurrentCaller.requirePrivileged();
    return discord.current().filter(DiscordChannel::enabled).map(DiscordChannel::application);
  }

  /**
   * Puts the answer into the ticket as the staff member the Discord account is linked to, once per
   * interaction. A ticket's refusal (no such ticket, the text too long) rolls everything back.
   */
  public Outcome reply(DiscordInteraction interaction, long ticketId, String text) {
    CurrentCaller.requirePrivileged();
    Optional<Person> person = discord.staffOf(interaction.userId()).flatMap(people::person);
    if (person.isEmpty()) {
      return Outcome.NOT_LINKED;
    }
    if (!person.get().role().may(StaffPermission.TICKETS_MANAGE)) {
      return Outcome.NOT_ALLOWED;
    }
    if (!discord.firstInteraction(interaction.id(), interaction.userId(), clock.now())) {
      return Outcome.ALREADY_TAKEN;
    }
    CurrentCaller.runAs(
        writers.caller(person.get()),
        () -> {
          desk.reply(ticketId, text, null, MessageChannel.DISCORD);
          audit.record(
              null,
              "ticket.answered.discord",
              "ticket " + ticketId,
              "discord user " + interaction.userId() + ", interaction " + interaction.id());
        });
    return Outcome.ANSWERED;
  }
}
