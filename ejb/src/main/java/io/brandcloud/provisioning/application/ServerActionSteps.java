package io.brandcloud.provisioning.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.QueuedServerAction;
import io.brandcloud.provisioning.domain.Server;
import io.brandcloud.provisioning.domain.ServerActionQueue;
import io.brandcloud.provisioning.domain.ServerActionStatus;
import io.brandcloud.provisioning.domain.ServerActionType;
import io.brandcloud.provisioning.domain.ServerRepository;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The short transactions around a server action's provider call: claiming due actions, and applying
 * what the provider answered. None of them calls the provider.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerActionSteps {

  static final int MAX_ATTEMPTS = 5;
  static final Duration CLAIM = Duration.ofMinutes(2);
  static final Duration BUILD_POLL = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(ServerActionSteps.class);

  @Inject ServerActionQueue queue;
  @Inject ServerRepository servers;
  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @EJB WorkDue due;
  @Inject ApplicationClock clock;

  /**
   * Claims up to {@code limit} due actions of the current tenant: requested ones whose time has
   * come, and running ones whose worker's claim ran out (it died). A server's actions run one at a
   * time, oldest first.
   */
  public List<ClaimedAction> claim(int limit, long flagVersion) {
    List<ClaimedAction> claimed = queue.claim(limit, CLAIM).stream().map(this::withServer).toList();
    due.reschedule(ServerActions.QUEUE, flagVersion, queue.nextDue().orElse(null));
    return claimed;
  }

  private ClaimedAction withServer(QueuedServerAction action) {
    Server server = servers.find(action.serverId()).orElseThrow();
    String planCode =
        action.type() == ServerActionType.CREATE
            ? catalog.find(server.planId()).orElseThrow().providerPlanCode()
            : null;
    return new ClaimedAction(
        action.id(),
        server.id(),
        action.type(),
        action.attempt(),
        action.requestId(),
        server.connectionId(),
        connections.typeOf(server.connectionId()),
        server.externalId(),
        server.spec(planCode));
  }

  /** The provider accepted the build: watch it from now on. */
  public void buildStarted(ClaimedAction action, String externalId) {
    if (stillHeld(action)) {
      server(action).provisioningStarted(externalId);
      again(action, BUILD_POLL);
    }
  }

  /** What the provider says about a build under way. */
  public void buildObserved(ClaimedAction action, ProviderServerState state) {
    if (!stillHeld(action)) {
      return;
    }
    Server server = server(action);
    switch (state.phase()) {
      case RUNNING -> {
        server.becameRunning(state.ipv4(), clock.now());
        finish(action, ServerActionStatus.SUCCEEDED, null);
        LOG.infof("Server %d (%s) is running at %s", server.id(), server.hostname(), state.ipv4());
      }
      case FAILED -> {
        server.failed();
        finish(action, ServerActionStatus.FAILED, "The provider could not build the server");
        LOG.warnf("Server %d (%s) failed to build", server.id(), server.hostname());
      }
      default -> again(action, BUILD_POLL);
    }
  }

  /** The provider did what was asked; resuming also makes the server run (and bill) again. */
  public void succeeded(ClaimedAction action) {
    if (!stillHeld(action)) {
      return;
    }
    if (action.type() == ServerActionType.UNSUSPEND) {
      server(action).resume();
    }
    finish(action, ServerActionStatus.SUCCEEDED, null);
  }

  /**
   * The provider call failed: try again after 2, 4, 8 … seconds, or give up after {@value
   * #MAX_ATTEMPTS} attempts; a build given up fails its server.
   */
  public void failed(ClaimedAction action, String error) {
    if (!stillHeld(action)) {
      return;
    }
    if (action.attempt() < MAX_ATTEMPTS) {
      LOG.warnf(
          "%s of server %d failed (attempt %d): %s",
          action.type(), action.serverId(), action.attempt(), error);
      Duration backoff = Duration.ofSeconds(1L << action.attempt());
      queue.retryLater(action.id(), error, backoff);
      due.flag(ServerActions.QUEUE, backoff);
      return;
    }
    LOG.errorf("Giving up on %s of server %d: %s", action.type(), action.serverId(), error);
    Server server = server(action);
    if (action.type() == ServerActionType.CREATE && server.status().inProgress()) {
      server.failed();
    }
    finish(action, ServerActionStatus.FAILED, error);
  }

  private boolean stillHeld(ClaimedAction action) {
    boolean held = queue.lockIfHeld(action.id(), action.attempt());
    if (!held) {
      LOG.warnf(
          "Server action %d was taken over by another worker; its result is dropped", action.id());
    }
    return held;
  }

  private Server server(ClaimedAction action) {
    return servers.findForUpdate(action.serverId()).orElseThrow();
  }

  private void again(ClaimedAction action, Duration delay) {
    queue.requeue(action.id(), delay);
    due.flag(ServerActions.QUEUE, delay);
  }

  private void finish(ClaimedAction action, ServerActionStatus outcome, String error) {
    queue.finish(action.id(), outcome, error);
    if (queue.hasRequested(action.serverId())) {
      due.flag(ServerActions.QUEUE, Duration.ZERO);
    }
  }
}
