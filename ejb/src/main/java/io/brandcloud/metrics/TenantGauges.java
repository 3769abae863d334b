package io.brandcloud.metrics;

import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantSchema;
import io.brandcloud.tenancy.health.QueueBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Figures that are states, not events, read from the database every 15 seconds on each node: per
 * tenant its running servers and the tickets waiting for staff, and per queue how many tenants have
 * work due and how long the oldest has waited. Every node reports the same values, so a dashboard
 * takes their maximum, not their sum.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantGauges {

  static final String RUNNING_SERVERS = "brandcloud.servers.running";
  static final String TICKETS_WAITING = "brandcloud.tickets.waiting";
  static final String QUEUE_OLDEST = "brandcloud.queue.oldest.seconds";
  static final String QUEUE_TENANTS = "brandcloud.queue.tenants.waiting";
  private static final int TENANTS_PER_QUERY = 200;
  private static final Logger LOG = Logger.getLogger(TenantGauges.class);

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource database;

  @Inject MeterRegistry registry;

  /**
   * Strong references, since the registry holds a gauge's value only weakly; by tenant or queue.
   */
  private final Map<String, Pair> tenants = new ConcurrentHashMap<>();

  private final Map<String, Pair> queues = new ConcurrentHashMap<>();

  private final AtomicLong reading = new AtomicLong();

  /** The two gauges of one tenant or one queue. */
  private record Pair(AtomicLong first, AtomicLong second) {

    void set(long firstValue, long secondValue) {
      first.set(firstValue);
      second.set(secondValue);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  public void read() {
    if (!reading.compareAndSet(0, 1)) {
      return;
    }
    try (Connection connection = database.getConnection()) {
      readTenants(connection);
      readQueues();
    } catch (SQLException e) {
      LOG.warnf("Tenant figures were not read: %s", e.getMessage());
    } finally {
      reading.set(0);
    }
  }

  private void readTenants(Connection main) throws SQLException {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<String>> placement : Placements.slugsByPlacement(main).entrySet()) {
      try (Connection connection = Placements.dataSource(placement.getKey()).getConnection()) {
        readTenants(connection, placement.getValue(), seen);
      } catch (SQLException | IllegalStateException e) {
        LOG.warnf("Figures of placement %s were not read: %s", placement.getKey(), e.getMessage());
      }
    }
    zeroAllBut(tenants, seen);
  }

  private void readTenants(Connection connection, List<String> slugs, Set<String> seen)
      throws SQLException {
    for (int from = 0; from < slugs.size(); from += TENANTS_PER_QUERY) {
      List<String> chunk = slugs.subList(from, Math.min(slugs.size(), from + TENANTS_PER_QUERY));
      for (TenantFigure figure : figures(connection, chunk)) {
        pair(tenants, "tenant", figure.tenant(), RUNNING_SERVERS, TICKETS_WAITING)
            .set(figure.runningServers(), figure.ticketsWaiting());
        seen.add(figure.tenant());
      }
    }
  }

  /** A chunk that fails (a schema still being created) is read a tenant at a time. */
  private static List<TenantFigure> figures(Connection connection, List<String> slugs)
      throws SQLException {
    try {
      return query(connection, slugs);
    } catch (SQLException chunkFailed) {
      List<TenantFigure> figures = new ArrayList<>();
      for (String slug : slugs) {
        try {
          figures.addAll(query(connection, List.of(slug)));
        } catch (SQLException e) {
          LOG.debugf("Tenant %s not read: %s", slug, e.getMessage());
        }
      }
      return figures;
    }
  }

  private static List<TenantFigure> query(Connection connection, List<String> slugs)
      throws SQLException {
    List<TenantFigure> figures = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                TenantFigure.query(slugs, slug -> TenantSchema.forSlug(slug).name()))) {
      while (rows.next()) {
        figures.add(new TenantFigure(rows.getString(1), rows.getLong(2), rows.getLong(3)));
      }
    }
    return figures;
  }

  private void readQueues() {
    Set<String> seen = new HashSet<>();
    for (QueueBacklog backlog : QueueBacklog.read()) {
      pair(queues, "queue", backlog.queue(), QUEUE_OLDEST, QUEUE_TENANTS)
          .set(backlog.oldestSeconds(), backlog.tenantsWaiting());
      seen.add(backlog.queue());
    }
    zeroAllBut(queues, seen);
  }

  /** A tenant deleted or a queue emptied reads 0 rather than its last value. */
  private static void zeroAllBut(Map<String, Pair> pairs, Set<String> seen) {
    pairs.forEach(
        (key, pair) -> {
          if (!seen.contains(key)) {
            pair.set(0, 0);
          }
        });
  }

  private Pair pair(
      Map<String, Pair> pairs, String tag, String value, String firstName, String secondName) {
    return pairs.computeIfAbsent(
        value,
        v -> {
          Tags tags = Tags.of(tag, v);
          return new Pair(
              registry.gauge(firstName, tags, new AtomicLong(), AtomicLong::doubleValue),
              registry.gauge(secondName, tags, new AtomicLong(), AtomicLong::doubleValue));
        });
  }
}
