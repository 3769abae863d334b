package io.brandcloud.subscriptions.infrastructure;

import io.brandcloud.shared.UnnestColumns;
import io.brandcloud.subscriptions.domain.PlainRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Two statements per chunk: one locks the due plain subscriptions and computes their next terms
 * (PostgreSQL, like {@code LocalDate.plusMonths}, keeps the day or takes the month's last), one
 * moves those paid to their next term and writes their events and audit entries.
 */
@ApplicationScoped
public class SqlPlainRenewals implements PlainRenewals {

  private static final String DUE =
      """
      SELECT d.id, d.organisation_id, d.price_id, d.generation, d.amount, d.cycle, d.product_name,
             (d.anchor + make_interval(months => (d.term_index + 1) * d.months))::date,
             (d.anchor + make_interval(months => (d.term_index + 2) * d.months))::date
      FROM (
        SELECT s.id, s.organisation_id, s.price_id, s.generation, s.anchor, s.term_index, p.amount,
               lower(p.cycle) AS cycle, pr.name AS product_name,
               CASE p.cycle WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'SEMI_ANNUAL' THEN 6
                            WHEN 'ANNUAL' THEN 12 ELSE 24 END AS months
        FROM subscriptions s
        JOIN product_prices p ON p.id = s.price_id
        JOIN products pr ON pr.id = s.product_id
        WHERE s.paid_until <= ? AND s.id > ?
          AND s.status = 'ACTIVE' AND s.term_index >= 0 AND s.auto_renew
          AND NOT s.cancel_at_term_end AND s.pending_price_id IS NULL AND s.next_price_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM coupon_redemptions r WHERE r.subscription_id = s.id
                          AND (r.terms_left IS NULL OR r.terms_left > 0))
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.subscription_id = s.id AND i.status = 'OPEN')
          AND NOT EXISTS (SELECT 1 FROM subscription_answers a JOIN product_fields f ON f.id = a.field_id
                          WHERE a.subscription_id = s.id AND f.on_invoice)
        ORDER BY s.id
        LIMIT ?
        FOR UPDATE OF s
      ) d
      ORDER BY d.id
      """;

  private static final String ADVANCE =
      """
      WITH renewed (id, term_end, amount, what) AS (SELECT * FROM unnest(?, ?, ?, ?)),
      moved AS (
        UPDATE subscriptions s SET term_index = s.term_index + 1, paid_until = r.term_end,
               term_discount = 0
        FROM renewed r WHERE s.id = r.id
      ), recorded AS (
        SELECT id, 'paid' AS kind, round(amount, ?) AS amount, what AS detail, 1 AS step FROM renewed
        UNION ALL
        SELECT id, 'renewed', NULL, 'until ' || term_end, 2 FROM renewed
      ), events AS (
        INSERT INTO subscription_events (subscription_id, kind, amount, detail, created_by, created_at)
        SELECT id, kind, amount, detail, ?, ? FROM recorded ORDER BY id, step
      )
      INSERT INTO audit_log (occurred_at, actor, action, target, details)
      SELECT ?, ?, 'subscription.' || kind, 'subscription ' || id,
             CASE WHEN amount IS NULL THEN detail ELSE amount || ' ' || detail END
      FROM recorded ORDER BY id, step
      """;

  @PersistenceContext EntityManager em;

  @Override
  public List<Due> due(LocalDate today, long afterId, int limit) {
    return session()
        .doReturningWork(
            connection -> {
              List<Due> due = new ArrayList<>();
              try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setDate(1, Date.valueOf(today));
                select.setLong(2, afterId);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    due.add(
                        new Due(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getLong(3),
                            rows.getInt(4),
                            rows.getBigDecimal(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getDate(8).toLocalDate(),
                            rows.getDate(9).toLocalDate()));
                  }
                }
              }
              return due;
            });
  }

  @Override
  public void advance(List<Due> renewed, Instant now, String actor, int currencyDigits) {
    if (renewed.isEmpty()) {
      return;
    }
    session()
        .doWork(
            connection -> {
              UnnestColumns columns = new UnnestColumns(connection);
              for (Due due : renewed) {
                columns
                    .add("bigint", due.subscriptionId())
                    .add("date", due.termEnd())
                    .add("numeric", due.amount())
                    .add("varchar", due.what())
                    .endRow();
              }
              try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                int next = columns.bind(advance, 1);
                Timestamp at = Timestamp.from(now);
                advance.setInt(next, currencyDigits);
                advance.setString(next + 1, actor);
                advance.setTimestamp(next + 2, at);
                advance.setTimestamp(next + 3, at);
                advance.setString(next + 4, actor);
                advance.executeUpdate();
              }
            });
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
