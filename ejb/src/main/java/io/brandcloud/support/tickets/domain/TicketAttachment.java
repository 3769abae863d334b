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

/** A file on a ticket: what it is and who attached it; the content is stored beside it. */
@Entity
@Table(name = "support_ticket_attachments")
public class TicketAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttachmentKind kind;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "from_staff", nullable = false)
  private boolean fromStaff;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TicketAttachment() {}

  public TicketAttachment(
      long ticketId,
      String fileName,
      AttachmentKind kind,
      int sizeBytes,
      String sha256,
      TicketMessage.Author author,
      Instant now) {
    this.ticketId = ticketId;
    this.fileName = fileName;
    this.kind = kind;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.authorId = author.userId();
    this.authorName = author.name();
    this.fromStaff = author.staff();
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public String fileName() {
    return fileName;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String authorName() {
    return authorName;
  }

  public boolean fromStaff() {
    return fromStaff;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
