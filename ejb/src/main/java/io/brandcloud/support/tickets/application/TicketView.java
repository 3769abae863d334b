package io.brandcloud.support.tickets.application;

import java.io.Serializable;
import java.util.List;

/**
 * A ticket with its thread; customers get it without staff notes.
 *
 * @param serverId the server it is about, or null
 * @param serverHostname that server's name, or null once it is gone from the organisation
 */
public record TicketView(
    TicketSummary summary,
    Long serverId,
    String serverHostname,
    List<TicketMessageView> messages,
    List<AttachmentView> attachments)
    implements Serializable {

  public long id() {
    return summary.id();
  }
}
