package io.brandcloud.tenancy.health;

import io.brandcloud.tenancy.Placements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node answers only while it reaches PostgreSQL through every pool: the platform's and its
 * tenants' ({@code BrandcloudDS}), the job repository's ({@code BrandcloudBatchDS}) and each
 * further placement's, whose tenants could not be served without it. Each is asked for a connection
 * that answers within two seconds; the data says how long it took.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource tenants;

  @Resource(lookup = "java:jboss/datasources/BrandcloudBatchDS")
  DataSource jobs;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("database").up();
    probe(answer, "BrandcloudDS", tenants);
    probe(answer, "BrandcloudBatchDS", jobs);
    boolean degraded = false;
    for (String placement : Placements.configured()) {
      if (!Placements.MAIN.equals(placement)) {
        HealthCheckResponseBuilder part = HealthCheckResponse.named(placement).up();
        try {
          probe(part, "placement-" + placement, Placements.dataSource(placement));
        } catch (RuntimeException e) {
          part.down().withData("placement-" + placement, String.valueOf(e.getMessage()));
        }
        HealthCheckResponse result = part.build();
        result.getData().ifPresent(data -> data.forEach((k, v) -> withData(answer, k, v)));
        degraded |= result.getStatus() == HealthCheckResponse.Status.DOWN;
      }
    }
    return answer.withData(Degradation.STATE, Degradation.of(degraded)).build();
  }

  private static void withData(HealthCheckResponseBuilder answer, String key, Object value) {
    if (value instanceof Number number) {
      answer.withData(key, number.longValue());
    } else {
      answer.withData(key, String.valueOf(value));
    }
  }

  private static void probe(HealthCheckResponseBuilder answer, String name, DataSource pool) {
    long started = System.nanoTime();
    try (Connection connection = pool.getConnection()) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        answer.down().withData(name, "no answer within " + TIMEOUT_SECONDS + " s");
        return;
      }
      answer.withData(name + "Ms", (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      answer.down().withData(name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }
}
