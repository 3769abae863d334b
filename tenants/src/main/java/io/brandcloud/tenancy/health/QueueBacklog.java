package io.brandcloud.tenancy.health;

import io.brandcloud.tenancy.AcrossPlacements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /**
   * Every queue with work due now, over all placements (each keeps the flags of its tenants); a
   * queue with none is left out, except mail.
   */
  public static List<QueueBacklog> read() {
    Map<String, QueueBacklog> byQueue = new TreeMap<>();
    for (QueueBacklog part :
        AcrossPlacements.query(
            DUE,
            row -> new QueueBacklog(row.getString(1), row.getLong(2), (long) row.getDouble(3)))) {
      byQueue.merge(part.queue(), part, QueueBacklog::plus);
    }
    return new ArrayList<>(byQueue.values());
  }

  private QueueBacklog plus(QueueBacklog other) {
    return new QueueBacklog(
        queue, tenantsWaiting + other.tenantsWaiting, Math.max(oldestSeconds, other.oldestSeconds));
  }
}
