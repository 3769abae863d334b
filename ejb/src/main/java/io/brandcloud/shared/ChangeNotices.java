package io.brandcloud.shared;

import io.brandcloud.tenancy.Placements;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears, on a connection of its own to each placement, the changes that database triggers announce
 * with {@code NOTIFY} on {@link #CHANNEL}, and passes each on as a {@link DatabaseChange} event.
 * PostgreSQL delivers a notice only when its transaction commits, to every node listening, whoever
 * wrote the rows. While the connection is down nothing is heard: {@link #listening()} is false, and
 * a {@link Missed} event, when it drops and again when hearing resumes, tells caches to drop what
 * they kept and open pages to read again, because a change may have gone unheard.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeNotices {

  public static final String CHANNEL = "brandcloud_changes";

  private static final Logger LOG = Logger.getLogger(ChangeNotices.class);
  private static final int WAIT_MILLIS = 1000;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);

  /** Some changes may not have been heard: whatever was kept must be read again. */
  public record Missed() {}

  @Resource ManagedThreadFactory threads;
  @Inject Event<DatabaseChange> changes;
  @Inject Event<Missed> missed;

  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Map<String, CountDownLatch> stopped = new ConcurrentHashMap<>();
  private final Map<String, Boolean> listening = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    listenToNewPlacements();
  }

  /** A placement added while the node runs is heard from within half a minute. */
  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  public void listenToNewPlacements() {
    for (String placement : Placements.configured()) {
      if (!isStopping() && stopped.putIfAbsent(placement, new CountDownLatch(1)) == null) {
        listening.put(placement, false);
        threads.newThread(() -> listenUntilStopped(placement)).start();
      }
    }
  }

  @PreDestroy
  void stop() {
    stopping.countDown();
    try {
      for (CountDownLatch latch : stopped.values()) {
        latch.await(WAIT_MILLIS * 2L, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether every committed change reaches this node now; caches keep what they read only then. */
  public boolean listening() {
    return !listening.isEmpty() && !listening.containsValue(false);
  }

  private void listenUntilStopped(String placement) {
    Duration retry = FIRST_RETRY;
    try {
      while (!isStopping() && Placements.isConfigured(placement)) {
        try {
          listen(placement);
          retry = FIRST_RETRY;
        } catch (SQLException | RuntimeException e) {
          if (!isStopping()) {
            LOG.warnf(
                "Not hearing database changes on placement %s (retrying in %d s): %s",
                placement, retry.toSeconds(), e);
          }
        }
        if (stopping.await(retry.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
        retry = Collections.min(List.of(retry.multipliedBy(2), LAST_RETRY));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      listening.remove(placement); // a placement removed from the node is no longer waited for
      stopped.remove(placement).countDown();
    }
  }

  private void listen(String placement) throws SQLException {
    try (Connection own = Placements.dataSource(placement).getConnection()) {
      try {
        hear(placement, own);
      } finally {
        unlisten(own);
      }
    } finally {
      if (Boolean.TRUE.equals(listening.put(placement, false))) {
        missed.fire(new Missed());
      }
    }
  }

  private void hear(String placement, Connection own) throws SQLException {
    PGConnection notices = own.unwrap(PGConnection.class);
    try (Statement listen = own.createStatement()) {
      listen.execute("LISTEN " + CHANNEL);
    }
    listening.put(placement, true);
    // what committed while nothing listened was not heard: whoever kept or showed anything reads
    // it again now (at the first start nobody has)
    missed.fire(new Missed());
    LOG.debugf("Hearing database changes on %s of placement %s", CHANNEL, placement);
    while (!isStopping()) {
      PGNotification[] heard = notices.getNotifications(WAIT_MILLIS);
      if (heard != null) {
        for (PGNotification notice : heard) {
          DatabaseChange.parse(notice.getParameter()).ifPresent(changes::fire);
        }
      }
    }
  }

  /**
   * A pooled connection must not go back still listening. And a broken one must not go back at all:
   * waiting for notices bypasses the pool's wrapper, so only this statement, sent through it, lets
   * the pool see the failure and discard the connection.
   */
  private static void unlisten(Connection own) {
    try (Statement unlisten = own.createStatement()) {
      unlisten.execute("UNLISTEN *");
    } catch (SQLException e) {
      LOG.debugf("The notice connection is broken and will be discarded: %s", e.getMessage());
    }
  }

  private boolean isStopping() {
    return stopping.getCount() == 0;
  }
}
