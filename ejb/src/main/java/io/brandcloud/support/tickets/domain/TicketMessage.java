package io.brandcloud.support.tickets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something written on a ticket: a reply both sides see, or an internal note only staff see. The
 * author's name is kept as it was, so the thread reads the same after an account is renamed.
 */
@Entity
@Table(name = "support_ticket_messages")
public class TicketMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "from_staff", nullable = false)
  private boolean fromStaff;

  @Column(nullable = false)
  private boolean internal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MessageChannel via;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TicketMessage() {}

  private TicketMessage(
      long ticketId,
      Author author,
      boolean internal,
      MessageChannel via,
      String body,
      Instant createdAt) {
    this.ticketId = ticketId;
    this.authorId = author.userId();
    this.authorName = author.name();
    this.fromStaff = author.staff();
    this.internal = internal;
    this.via = via;
    this.body = body;
    this.createdAt = createdAt;
  }

  /** Who wrote a message: a user (null id for a sender known only by name) on one side. */
  public record Author(Long userId, String name, boolean staff) {}

  public static TicketMessage reply(
      long ticketId, Author author, MessageChannel via, String body, Instant at) {
    return new TicketMessage(ticketId, author, false, via, body, at);
  }

  public static TicketMessage note(long ticketId, Author staff, String body, Instant at) {
    if (!staff.staff()) {
      throw new IllegalArgumentException("Only staff write internal notes");
    }
    return new TicketMessage(ticketId, staff, true, MessageChannel.PORTAL, body, at);
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public String authorName() {
    return authorName;
  }

  public boolean fromStaff() {
    return fromStaff;
  }

  public boolean internal() {
    return internal;
  }

  public MessageChannel via() {
    return via;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
