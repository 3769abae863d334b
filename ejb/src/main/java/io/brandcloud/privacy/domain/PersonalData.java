package io.brandcloud.privacy.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A person's data as the tenant's tables hold it, read for an export. */
public interface PersonalData {

  /** Each record of the section as one JSON object, in a stable order, as the rows are read. */
  void rows(PersonalSection section, long userId, Consumer<String> json);

  /** The organisations the person owns, closed ones included. */
  List<Long> ownedOrganisations(long userId);

  /** The files on the tickets the export holds. */
  List<TicketFile> ticketFiles(long userId);

  /** A file's bytes; empty when retention removed it meanwhile. */
  Optional<byte[]> content(long attachmentId);

  /** A file on a ticket, and where the archive puts it. */
  record TicketFile(long attachmentId, long ticketId, String fileName) {

    public String path() {
      return "tickets/" + ticketId + "/" + attachmentId + "-" + ArchiveNames.safe(fileName);
    }
  }
}
