package io.brandcloud.tenancy.health;

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
 * How far behind the work queues are ({@link QueueBacklog}): per queue, how many tenants have work
 * that is due and how long the longest has waited. Work that waits more than five minutes is {@code
 * degraded}; the node stays up, since any node takes the work.
 */
@Readiness
@ApplicationScoped
public class QueuesHealth implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource database;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("queues").up();
    boolean late = false;
    try (Connection connection = database.getConnection()) {
      for (QueueBacklog queue : QueueBacklog.read(connection)) {
        answer.withData(queue.queue() + "TenantsWaiting", queue.tenantsWaiting());
        answer.withData(queue.queue() + "OldestSeconds", queue.oldestSeconds());
        late |= queue.oldestSeconds() > Degradation.LATE.toSeconds();
      }
    } catch (SQLException e) {
      return answer.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    return answer.withData(Degradation.STATE, Degradation.of(late)).build();
  }
}
