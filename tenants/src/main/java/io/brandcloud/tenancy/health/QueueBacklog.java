package io.brandcloud.tenancy.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How far behind the work queues are, from the platform's due flags (one row per tenant and queue,
 * kept by every tenant's outbox, server actions, payments and Discord posts, and one per tenant for
 * mail): how many tenants have work that is due, and how long the longest has waited.
 */
public record QueueBacklog(String queue, long tenantsWaiting, long oldestSeconds) {

  private static final String DUE =
      "SELECT queue, count(*), coalesce(extract(epoch FROM now() - min(due_at)), 0)"
          + " FROM platform.work_due WHERE due_at <= now() GROUP BY queue"
          + " UNION ALL SELECT 'mail', count(*), coalesce(extract(epoch FROM now() - min(due_at)), 0)"
          + " FROM platform.mail_due WHERE due_at <= now()";

  /** Every queue with work due now; a queue with none is left out, except mail. */
  public static List<QueueBacklog> read(Connection connection) throws SQLException {
    List<QueueBacklog> backlog = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(DUE)) {
      while (rows.next()) {
        backlog.add(new QueueBacklog(rows.getString(1), rows.getLong(2), (long) rows.getDouble(3)));
      }
    }
    return backlog;
  }
}
