package io.brandcloud.tenancy.health;

import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The tenants' active provider connections whose last check failed (staff's "check", each sync, and
 * the hourly reconciliation record it): {@code degraded}, never down, since one provider failing
 * stops neither the panel nor the other tenants. Read across every tenant schema at most once a
 * minute per node; the health endpoint may be polled every few seconds.
 */
@Readiness
@ApplicationScoped
public class ProvidersHealth implements HealthCheck {

  static final Duration KEPT = Duration.ofSeconds(10);
  private static final int NAMED = 20;

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource database;

  private volatile Reading last;

  /** What one reading found, and when. */
  private record Reading(long readAt, long active, List<String> failing, String error) {}

  @Override
  public HealthCheckResponse call() {
    Reading reading = last;
    if (reading == null || System.nanoTime() - reading.readAt() > KEPT.toNanos()) {
      reading = read();
      last = reading;
    }
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("providers").up();
    if (reading.error() != null) {
      return answer
          .withData(Degradation.STATE, Degradation.DEGRADED)
          .withData("error", reading.error())
          .build();
    }
    answer.withData("activeConnections", reading.active());
    answer.withData("failingConnections", reading.failing().size());
    if (!reading.failing().isEmpty()) {
      answer.withData(
          "failing", reading.failing().stream().limit(NAMED).collect(Collectors.joining(", ")));
    }
    return answer.withData(Degradation.STATE, Degradation.of(!reading.failing().isEmpty())).build();
  }

  private Reading read() {
    Map<String, List<String>> slugs;
    try (Connection connection = database.getConnection()) {
      slugs = Placements.slugsByPlacement(connection);
    } catch (SQLException e) {
      return new Reading(System.nanoTime(), 0, List.of(), String.valueOf(e.getMessage()));
    }
    long active = 0;
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, List<String>> placement : slugs.entrySet()) {
      try (Connection connection = Placements.dataSource(placement.getKey()).getConnection()) {
        Reading part = read(connection, placement.getValue());
        active += part.active();
        failing.addAll(part.failing());
      } catch (SQLException | IllegalStateException e) {
        // a placement that is down is the database check's to report; its tenants count as failing
        failing.add("placement " + placement.getKey());
      }
    }
    return new Reading(System.nanoTime(), active, failing, null);
  }

  private static Reading read(Connection connection, List<String> slugs) throws SQLException {
    if (slugs.isEmpty()) {
      return new Reading(System.nanoTime(), 0, List.of(), null);
    }
    // slugs are lower-case letters, digits and hyphens (TenantSchema checks), safe as literals
    String union =
        slugs.stream()
            .map(
                slug ->
                    "SELECT '"
                        + slug
                        + "' AS tenant, name, check_error FROM "
                        + TenantSchema.forSlug(slug).name()
                        + ".provider_connections WHERE active")
            .collect(Collectors.joining(" UNION ALL "));
    long active = 0;
    List<String> failing = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(union)) {
      while (rows.next()) {
        active++;
        if (rows.getString(3) != null) {
          failing.add(rows.getString(1) + "/" + rows.getString(2));
        }
      }
    }
    return new Reading(System.nanoTime(), active, failing, null);
  }
}
