package io.brandcloud.web.rest.support;

import io.brandcloud.support.tickets.application.AttachmentView;
import io.brandcloud.support.tickets.application.TicketMessageView;
import io.brandcloud.support.tickets.application.TicketSummary;
import io.brandcloud.support.tickets.application.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A ticket on the wire; the thread is there when one ticket is asked for. A visitor's ticket (the
 * contact form) has no organisation and names the visitor.
 */
public record ApiTicket(
    long id,
    Long organisationId,
    Visitor visitor,
    String subject,
    String status,
    String priority,
    Department department,
    Assignee assignee,
    Server server,
    Instant createdAt,
    Instant updatedAt,
    Instant waitingSince,
    List<Message> messages,
    List<Attachment> attachments) {

  /** Who wrote through the contact form, and where answers go. */
  public record Visitor(String name, String email) {}

  /** A file on the ticket; download it at {@code …/tickets/{id}/attachments/{attachment}}. */
  public record Attachment(
      long id,
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      String author,
      boolean fromStaff,
      Instant createdAt) {
    static Attachment of(AttachmentView a) {
      return new Attachment(
          a.id(),
          a.fileName(),
          a.contentType(),
          a.sizeBytes(),
          a.sha256(),
          a.authorName(),
          a.fromStaff(),
          a.createdAt());
    }
  }

  /** The department a ticket is in. */
  public record Department(long id, String name) {}

  /** The staff member who has the ticket. */
  public record Assignee(long id, String name) {}

  /** The server a ticket is about; the hostname is null once it left the organisation. */
  public record Server(long id, String hostname) {}

  /** A message of the thread; {@code internal} ones (staff notes) only staff see. */
  public record Message(
      long id,
      String author,
      boolean fromStaff,
      boolean internal,
      String via,
      String body,
      Instant createdAt) {
    static Message of(TicketMessageView m) {
      return new Message(
          m.id(),
          m.authorName(),
          m.fromStaff(),
          m.internal(),
          m.via().name().toLowerCase(Locale.ROOT),
          m.body(),
          m.createdAt());
    }
  }

  static ApiTicket of(TicketSummary t) {
    return of(t, null, List.of(), List.of());
  }

  static ApiTicket of(TicketView t) {
    return of(
        t.summary(),
        t.serverId() == null ? null : new Server(t.serverId(), t.serverHostname()),
        t.messages(),
        t.attachments());
  }

  private static ApiTicket of(
      TicketSummary t,
      Server server,
      List<TicketMessageView> messages,
      List<AttachmentView> attachments) {
    return new ApiTicket(
        t.id(),
        t.organisationId(),
        t.fromVisitor() ? new Visitor(t.organisationName(), t.visitorEmail()) : null,
        t.subject(),
        t.status().wireName(),
        t.priority().wireName(),
        new Department(t.departmentId(), t.departmentName()),
        t.assigneeId() == null ? null : new Assignee(t.assigneeId(), t.assigneeName()),
        server,
        t.createdAt(),
        t.updatedAt(),
        t.waitingSince(),
        messages.isEmpty() ? null : messages.stream().map(Message::of).toList(),
        messages.isEmpty() ? null : attachments.stream().map(Attachment::of).toList());
  }
}
