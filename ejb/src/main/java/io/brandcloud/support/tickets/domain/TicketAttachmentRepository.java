package io.brandcloud.support.tickets.domain;

import java.util.List;
import java.util.Optional;

/** The files on the current tenant's tickets. */
public interface TicketAttachmentRepository {

  void add(TicketAttachment attachment, byte[] content);

  /** A ticket's files, in the order they were attached; their content is not read. */
  List<TicketAttachment> of(long ticketId);

  long countOn(long ticketId);

  /** One file of the ticket with its content; empty for a file of another ticket. */
  Optional<StoredFile> file(long ticketId, long attachmentId);

  /** A file as it is served. */
  record StoredFile(TicketAttachment attachment, byte[] content) {}
}
