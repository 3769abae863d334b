package io.brandcloud.support.tickets.domain;

import java.util.Optional;

/** The servers a ticket may be about, asked by the support desk and answered by provisioning. */
public interface TicketServers {

  /** The hostname of a server of the organisation; empty for any other id. */
  Optional<String> hostname(long organisationId, long serverId);
}
