package io.brandcloud.provisioning.actions.application;

import io.brandcloud.provisioning.providers.application.ConnectionSteps;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Short reads of how to reach a server at its provider, for calls made outside transactions. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerCallSteps {

  @Inject ServerRepository servers;
  @Inject ProviderConnectionRepository connections;
  @EJB ConnectionSteps connectionRecords;

  /** One of the organisation's servers that still exists; any other is "not found". */
  public Reach reach(long organisationId, long serverId) {
    Server server =
        servers
            .find(serverId)
            .filter(s -> s.organisationId() == organisationId)
            .filter(s -> s.status() != ServerStatus.TERMINATED)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    ProviderConnection connection = connections.find(server.connectionId()).orElseThrow();
    return new Reach(
        connection.type(), connectionRecords.accountOf(connection), server.externalId());
  }

  /** A server's provider, account there and id there (null until its build was accepted). */
  public record Reach(ProviderType type, ProviderAccount account, String externalId) {}
}
