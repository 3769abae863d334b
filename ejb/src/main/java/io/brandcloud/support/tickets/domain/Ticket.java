package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.SecretTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A support request of one organisation, or of a visitor without an account who wrote through the
 * storefront's contact form (named, with the address answers go to). Its status follows the
 * conversation: a customer's words make staff owe an answer (and start the clock staff see),
 * staff's make the customer owe one.
 */
@Entity
@Table(name = "support_tickets")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "visitor_name", updatable = false)
  private String visitorName;

  @Column(name = "visitor_email", updatable = false)
  private String visitorEmail;

  @Column(name = "visitor_address", updatable = false)
  private String visitorAddress;

  @Column(name = "visitor_language", updatable = false)
  private String visitorLanguage;

  @Column(name = "department_id", nullable = false)
  private long departmentId;

  @Column(nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status;

  @Column(name = "server_id")
  private Long serverId;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "opened_by")
  private Long openedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reply_token", nullable = false, updatable = false)
  private String replyToken;

  @Column(name = "staff_reply_token", nullable = false, updatable = false)
  private String staffReplyToken;

  @Version private long version;

  protected Ticket() {}

  public Ticket(
      long organisationId,
      long departmentId,
      String subject,
      TicketPriority priority,
      Long serverId,
      Long openedBy,
      Instant now) {
    this.organisationId = organisationId;
    this.departmentId = departmentId;
    this.subject = subject;
    this.priority = priority;
    this.serverId = serverId;
    this.openedBy = openedBy;
    this.status = TicketStatus.OPEN;
    this.createdAt = now;
    this.updatedAt = now;
    this.waitingSince = now;
    this.replyToken = SecretTokens.randomAlphanumeric(14);
    this.staffReplyToken = SecretTokens.randomAlphanumeric(14);
  }

  /**
   * A visitor's ticket: no organisation, no server, nobody's user; {@code clientAddress} (null when
   * unknown) counts towards the form's limit per client.
   */
  public static Ticket fromVisitor(
      Visitor visitor, String clientAddress, long departmentId, String subject, Instant now) {
    Ticket ticket = new Ticket(0, departmentId, subject, TicketPriority.NORMAL, null, null, now);
    ticket.organisationId = null;
    ticket.visitorName = visitor.name();
    ticket.visitorEmail = visitor.email();
    ticket.visitorLanguage = visitor.language();
    ticket.visitorAddress = clientAddress;
    return ticket;
  }

  /**
   * Who wrote a ticket without an account, where answers go, and in what language (a tag such as
   * {@code de}; null for the shop's own).
   */
  public record Visitor(String name, String email, String language) {}

  /** The customer wrote: staff owe an answer, counted from the first unanswered word. */
  public void customerWrote(Instant now) {
    changeStatus(TicketStatus.WAITING_FOR_STAFF, now);
  }

  /** Staff answered: the customer owes the next word unless staff chose another status. */
  public void staffAnswered(TicketStatus after, Instant now) {
    changeStatus(after == null ? TicketStatus.WAITING_FOR_CUSTOMER : after, now);
  }

  public void changeStatus(TicketStatus next, Instant now) {
    if (next.staffOwesAnswer()) {
      waitingSince = status.staffOwesAnswer() && waitingSince != null ? waitingSince : now;
    } else {
      waitingSince = null;
    }
    closedAt = next == TicketStatus.CLOSED ? now : null;
    status = next;
    updatedAt = now;
  }

  /** Something was added (a file): the ticket changed, its status did not. */
  public void touch(Instant now) {
    updatedAt = now;
  }

  public void prioritise(TicketPriority next, Instant now) {
    priority = next;
    updatedAt = now;
  }

  public void moveTo(long department, Instant now) {
    departmentId = department;
    updatedAt = now;
  }

  /** Hands the ticket to a staff member, or to nobody with {@code null}. */
  public void assignTo(Long staffId, Instant now) {
    assigneeId = staffId;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  /** The organisation the ticket is of; empty for a visitor's. */
  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  /** Whether the ticket is of this organisation (never a visitor's). */
  public boolean belongsTo(long organisation) {
    return organisationId != null && organisationId == organisation;
  }

  public Optional<Visitor> visitor() {
    return visitorEmail == null
        ? Optional.empty()
        : Optional.of(new Visitor(visitorName, visitorEmail, visitorLanguage));
  }

  public long departmentId() {
    return departmentId;
  }

  public String subject() {
    return subject;
  }

  public TicketPriority priority() {
    return priority;
  }

  public TicketStatus status() {
    return status;
  }

  public Optional<Long> serverId() {
    return Optional.ofNullable(serverId);
  }

  public Optional<Long> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  public Optional<Long> openedBy() {
    return Optional.ofNullable(openedBy);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Since when staff owe an answer; empty while they owe none. */
  public Optional<Instant> waitingSince() {
    return Optional.ofNullable(waitingSince);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** The mark in mail to one side of the ticket, which lets that side's answers by mail in. */
  public ReplyReference replyReference(ReplySide side) {
    return new ReplyReference(id, side == ReplySide.STAFF ? staffReplyToken : replyToken);
  }

  /** Whose mail {@code reference} came from, or nothing when it is not this ticket's. */
  public Optional<ReplySide> sideOf(ReplyReference reference) {
    if (id == null || id != reference.ticketId()) {
      return Optional.empty();
    }
    if (SecretTokens.sameDigest(replyToken, reference.token())) {
      return Optional.of(ReplySide.CUSTOMER);
    }
    if (SecretTokens.sameDigest(staffReplyToken, reference.token())) {
      return Optional.of(ReplySide.STAFF);
    }
    return Optional.empty();
  }
}
