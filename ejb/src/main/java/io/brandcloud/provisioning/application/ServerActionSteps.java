package io.brandcloud.provisioning.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.Server;
import io.brandcloud.provisioning.domain.ServerActionType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
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

  @PersistenceContext EntityManager em;
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
    List<?> rows =
        em.createNativeQuery(
                "UPDATE server_actions SET status = 'RUNNING', attempts = attempts + 1,"
                    + " claimed_until = now() + ?2 * interval '1 second',"
                    + " started_at = COALESCE(started_at, now())"
                    + " WHERE id IN (SELECT a.id FROM server_actions a"
                    + " WHERE ((a.status = 'REQUESTED' AND a.next_attempt_at <= now())"
                    + " OR (a.status = 'RUNNING' AND a.claimed_until < now()))"
                    + " AND NOT EXISTS (SELECT 1 FROM server_actions e WHERE e.server_id ="
                    + " a.server_id AND e.id < a.id AND e.status IN ('REQUESTED', 'RUNNING'))"
                    + " ORDER BY a.next_attempt_at, a.id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, server_id, action, attempts, request_id")
            .setParameter(1, limit)
            .setParameter(2, CLAIM.toSeconds())
            .getResultList();
    List<ClaimedAction> claimed = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      Server server = em.find(Server.class, ((Number) r[1]).longValue());
      ServerActionType type = ServerActionType.valueOf((String) r[2]);
      String planCode =
          type == ServerActionType.CREATE
              ? catalog.find(server.planId()).orElseThrow().providerPlanCode()
              : null;
      claimed.add(
          new ClaimedAction(
              ((Number) r[0]).longValue(),
              server.id(),
              type,
              ((Number) r[3]).intValue(),
              (String) r[4],
              server.connectionId(),
              connections.typeOf(server.connectionId()),
              server.externalId(),
              server.spec(planCode)));
    }
    rescheduleTenant(flagVersion);
    return claimed;
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
        finish(action, "SUCCEEDED", null);
        LOG.infof("Server %d (%s) is running at %s", server.id(), server.hostname(), state.ipv4());
      }
      case FAILED -> {
        server.failed();
        finish(action, "FAILED", "The provider could not build the server");
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
    finish(action, "SUCCEEDED", null);
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
      em.createNativeQuery(
              "UPDATE server_actions SET status = 'REQUESTED', claimed_until = NULL,"
                  + " last_error = ?2, next_attempt_at = now() + ?3 * interval '1 second'"
                  + " WHERE id = ?1")
          .setParameter(1, action.id())
          .setParameter(2, truncated(error))
          .setParameter(3, 1L << action.attempt())
          .executeUpdate();
      due.flag(ServerActions.QUEUE, Duration.ofSeconds(1L << action.attempt()));
      return;
    }
    LOG.errorf("Giving up on %s of server %d: %s", action.type(), action.serverId(), error);
    Server server = server(action);
    if (action.type() == ServerActionType.CREATE && server.status().inProgress()) {
      server.failed();
    }
    finish(action, "FAILED", error);
  }

  private boolean stillHeld(ClaimedAction action) {
    boolean held =
        !em.createNativeQuery(
                "SELECT 1 FROM server_actions WHERE id = ?1 AND status = 'RUNNING'"
                    + " AND attempts = ?2 FOR UPDATE")
            .setParameter(1, action.id())
            .setParameter(2, action.attempt())
            .getResultList()
            .isEmpty();
    if (!held) {
      LOG.warnf(
          "Server action %d was taken over by another worker; its result is dropped", action.id());
    }
    return held;
  }

  private Server server(ClaimedAction action) {
    return em.find(Server.class, action.serverId(), LockModeType.PESSIMISTIC_WRITE);
  }

  private void again(ClaimedAction action, Duration delay) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = 'REQUESTED', claimed_until = NULL, attempts = 0,"
                + " last_error = NULL, next_attempt_at = now() + ?2 * interval '1 millisecond'"
                + " WHERE id = ?1")
        .setParameter(1, action.id())
        .setParameter(2, delay.toMillis())
        .executeUpdate();
    due.flag(ServerActions.QUEUE, delay);
  }

  private void finish(ClaimedAction action, String status, String error) {
    em.createNativeQuery(
            "UPDATE server_actions SET status = ?2, claimed_until = NULL, finished_at = now(),"
                + " last_error = ?3 WHERE id = ?1")
        .setParameter(1, action.id())
        .setParameter(2, status)
        .setParameter(3, error == null ? null : truncated(error))
        .executeUpdate();
    boolean nextWaiting =
        !em.createNativeQuery(
                "SELECT 1 FROM server_actions WHERE server_id = ?1 AND status = 'REQUESTED'"
                    + " LIMIT 1")
            .setParameter(1, action.serverId())
            .getResultList()
            .isEmpty();
    if (nextWaiting) {
      due.flag(ServerActions.QUEUE, Duration.ZERO);
    }
  }

  /** Due next: a requested action's time, or when a running one's claim runs out. */
  private void rescheduleTenant(long flagVersion) {
    Object next =
        em.createNativeQuery(
                "SELECT min(CASE WHEN status = 'RUNNING' THEN claimed_until"
                    + " ELSE next_attempt_at END) FROM server_actions a"
                    + " WHERE status IN ('REQUESTED', 'RUNNING') AND NOT EXISTS (SELECT 1"
                    + " FROM server_actions e WHERE e.server_id = a.server_id AND e.id < a.id"
                    + " AND e.status IN ('REQUESTED', 'RUNNING'))")
            .getSingleResult();
    due.reschedule(ServerActions.QUEUE, flagVersion, next == null ? null : SqlValues.instant(next));
  }

  private static String truncated(String text) {
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
