package io.brandcloud.tenancy.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * How far behind the work queues are, read from the platform's due flags (one table each, kept by
 * every tenant's outbox, mail outbox and server actions): per queue, how many tenants have work
 * that is due and how long the longest has waited. Work that waits more than five minutes is {@code
 * degraded}; the node stays up, since any node takes the work.
 */
@Readiness
@ApplicationScoped
public class QueuesHealth implements HealthCheck {

  private static final String QUEUES =
      "SELECT queue, count(*), coalesce(extract(epoch FROM now() - min(due_at)), 0)"
          + " FROM platform.work_due WHERE due_at <= now() GROUP BY queue"
          + " UNION ALL SELECT 'mail', count(*), coalesce(extract(epoch FROM now() - min(due_at)), 0)"
          + " FROM platform.mail_due WHERE due_at <= now()";

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource database;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("queues").up();
    boolean late = false;
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUEUES)) {
      while (rows.next()) {
        long waitedSeconds = (long) rows.getDouble(3);
        answer.withData(rows.getString(1) + "TenantsWaiting", rows.getLong(2));
        answer.withData(rows.getString(1) + "OldestSeconds", waitedSeconds);
        late |= waitedSeconds > Degradation.LATE.toSeconds();
      }
    } catch (SQLException e) {
      return answer.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    return answer.withData(Degradation.STATE, Degradation.of(late)).build();
  }
}
