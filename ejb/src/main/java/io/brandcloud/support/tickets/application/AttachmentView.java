package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.TicketAttachment;
import java.io.Serializable;
import java.time.Instant;

/** A file on a ticket as the thread lists it. */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    int sizeBytes,
    String sha256,
    String authorName,
    boolean fromStaff,
    Instant createdAt)
    implements Serializable {

  static AttachmentView of(TicketAttachment a) {
    return new AttachmentView(
        a.id(),
        a.fileName(),
        a.kind().contentType(),
        a.sizeBytes(),
        a.sha256(),
        a.authorName(),
        a.fromStaff(),
        a.createdAt());
  }
}
