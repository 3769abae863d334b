package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's tickets and what was written on them. */
public interface TicketRepository {

  void add(Ticket ticket);

  Optional<Ticket> find(long ticketId);

  /** The ticket, locked until the transaction ends, so two replies change it one after another. */
  Optional<Ticket> findForUpdate(long ticketId);

  /** An organisation's tickets, the most recently changed first. */
  Page<Ticket> ofOrganisation(long organisationId, PageRequest page);

  /** The staff queue: tickets that match, those waiting longest for staff first. */
  Page<Ticket> queue(TicketFilter filter, PageRequest page);

  /**
   * How many tickets visitors opened since {@code since}: to be answered at {@code email}, written
   * from {@code clientAddress}, or either of them null for any. Waits first for any other
   * transaction counting them, so two at once cannot both pass a limit.
   */
  long fromVisitorsSince(Instant since, String email, String clientAddress);

  /** How many tickets wait for an answer from staff. */
  long awaitingStaff();

  void add(TicketMessage message);

  /** A ticket's messages, oldest first; internal notes only if {@code withNotes}. */
  List<TicketMessage> messages(long ticketId, boolean withNotes);
}
