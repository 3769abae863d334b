package io.brandcloud.provisioning.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.provisioning.domain.CloudProvider;
import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.Server;
import io.brandcloud.provisioning.domain.ServerStatus;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One step of a server's build, each in its own transaction: pending → ask the provider to build →
 * provisioning → poll until the provider reports it running (or failed). Returns when to look
 * again.
 */
@Stateless
public class ProvisioningSteps {

  static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(ProvisioningSteps.class);

  @PersistenceContext EntityManager em;
  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @Inject ApplicationClock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Duration> advance(long serverId) {
    Server server = em.find(Server.class, serverId, LockModeType.PESSIMISTIC_WRITE);
    if (server == null || !server.status().inProgress()) {
      return Optional.empty();
    }
    CloudProvider provider = connections.provider(server.connectionId());
    if (server.status() == ServerStatus.PENDING) {
      String planCode = catalog.find(server.planId()).orElseThrow().providerPlanCode();
      server.provisioningStarted(provider.create(server.connectionId(), server.spec(planCode)));
      LOG.infof("Server %d (%s) is being built", serverId, server.hostname());
      return Optional.of(POLL_INTERVAL);
    }
    ProviderServerState state = provider.state(server.connectionId(), server.externalId());
    switch (state.phase()) {
      case RUNNING -> {
        server.becameRunning(state.ipv4(), clock.now());
        LOG.infof("Server %d (%s) is running at %s", serverId, server.hostname(), state.ipv4());
        return Optional.empty();
      }
      case FAILED -> {
        server.failed();
        LOG.warnf("Server %d (%s) failed to build", serverId, server.hostname());
        return Optional.empty();
      }
      default -> {
        return Optional.of(POLL_INTERVAL);
      }
    }
  }

  /** Gives up on a server whose steps keep failing; one that got built meanwhile stays. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markFailed(long serverId) {
    Optional.ofNullable(em.find(Server.class, serverId))
        .filter(server -> server.status().inProgress())
        .ifPresent(Server::failed);
  }
}
