package io.brandcloud.provisioning.servers.application;

import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.support.tickets.domain.TicketServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Tells the support desk which server a ticket is about. */
@ApplicationScoped
public class ServersForTickets implements TicketServers {

  @Inject ServerRepository servers;

  @Override
  public Optional<String> hostname(long organisationId, long serverId) {
    return servers
        .find(serverId)
        .filter(server -> server.organisationId() == organisationId)
        .map(server -> server.hostname());
  }
}
