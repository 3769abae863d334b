package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.TicketMessage;
import java.io.Serializable;
import java.time.Instant;

/** A message of a ticket's thread. */
public record TicketMessageView(
    long id,
    String authorName,
    boolean fromStaff,
    boolean internal,
    MessageChannel via,
    String body,
    Instant createdAt)
    implements Serializable {

  static TicketMessageView of(TicketMessage message) {
    return new TicketMessageView(
        message.id(),
        message.authorName(),
        message.fromStaff(),
        message.internal(),
        message.via(),
        message.body(),
        message.createdAt());
  }
}
