package io.brandcloud.subscriptions.infrastructure;

import io.brandcloud.shared.SqlValues;
import io.brandcloud.subscriptions.domain.PlainRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One statement per chunk: the due subscriptions and their wallets are locked, each wallet pays its
 * subscriptions in id order as far as its balance goes, the ledger rows are inserted with the
 * term's reference ({@code ON CONFLICT DO NOTHING}: a term already paid is not paid again nor
 * moved), and only the rows inserted debit wallets, move subscriptions to their next term and write
 * the subscription's events and the audit log. Terms are counted from the anchor in whole months,
 * as {@code Term} counts them (PostgreSQL, like {@code LocalDate.plusMonths}, keeps the day or
 * takes the month's last).
 */
@ApplicationScoped
public class SqlPlainRenewals implements PlainRenewals {

  private static final String RENEW =
      """
      WITH due AS (
        SELECT s.id, s.price_id, s.generation, s.anchor, s.term_index, p.amount,
               lower(p.cycle) AS cycle, pr.name AS product_name, w.id AS wallet_id, w.balance,
               CASE p.cycle WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'SEMI_ANNUAL' THEN 6
                            WHEN 'ANNUAL' THEN 12 ELSE 24 END AS months
        FROM subscriptions s
        JOIN product_prices p ON p.id = s.price_id
        JOIN products pr ON pr.id = s.product_id
        JOIN wallets w ON w.organisation_id = s.organisation_id
        WHERE s.paid_until <= ?1 AND s.id > ?2
          AND s.status = 'ACTIVE' AND s.term_index >= 0 AND s.auto_renew
          AND NOT s.cancel_at_term_end AND s.pending_price_id IS NULL AND s.next_price_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM coupon_redemptions r WHERE r.subscription_id = s.id
                          AND (r.terms_left IS NULL OR r.terms_left > 0))
        ORDER BY s.id
        LIMIT ?3
        FOR UPDATE OF s, w
      ), terms AS (
        SELECT d.*,
               (d.anchor + make_interval(months => (d.term_index + 1) * d.months))::date AS term_start,
               (d.anchor + make_interval(months => (d.term_index + 2) * d.months))::date AS term_end,
               sum(d.amount) OVER (PARTITION BY d.wallet_id ORDER BY d.id) AS running
        FROM due d
      ), paying AS (
        SELECT t.*,
               'sub:' || t.id || ':' || t.generation || ':' || t.price_id || ':' || t.term_start
                 || ':term' AS reference,
               t.product_name || ', ' || t.cycle || ' term from ' || t.term_start AS what
        FROM terms t
        WHERE t.running <= t.balance
      ), paid AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
        SELECT wallet_id, 'SUBSCRIPTION', -amount, reference, what, ?4, ?5 FROM paying
        ON CONFLICT (reference) DO NOTHING
        RETURNING reference
      ), renewed AS (
        SELECT p.* FROM paying p JOIN paid USING (reference)
      ), debited AS (
        UPDATE wallets w SET balance = w.balance - t.total
        FROM (SELECT wallet_id, sum(amount) AS total FROM renewed GROUP BY wallet_id) t
        WHERE w.id = t.wallet_id
      ), moved AS (
        UPDATE subscriptions s SET term_index = s.term_index + 1, paid_until = r.term_end,
               term_discount = 0
        FROM renewed r WHERE s.id = r.id
      ), recorded AS (
        SELECT id, 'paid' AS kind, round(amount, ?6) AS amount, what AS detail, 1 AS step FROM renewed
        UNION ALL
        SELECT id, 'renewed', NULL, 'until ' || term_end, 2 FROM renewed
      ), events AS (
        INSERT INTO subscription_events (subscription_id, kind, amount, detail, created_by, created_at)
        SELECT id, kind, amount, detail, ?4, ?5 FROM recorded ORDER BY id, step
      ), audited AS (
        INSERT INTO audit_log (occurred_at, actor, action, target, details)
        SELECT ?5, ?4, 'subscription.' || kind, 'subscription ' || id,
               CASE WHEN amount IS NULL THEN detail ELSE amount || ' ' || detail END
        FROM recorded ORDER BY id, step
      )
      SELECT (SELECT count(*) FROM due), (SELECT count(*) FROM renewed),
             (SELECT coalesce(max(id), 0) FROM due)
      """;

  @PersistenceContext EntityManager em;

  @Override
  public Chunk renew(
      LocalDate today, long afterId, int limit, Instant now, String actor, int currencyDigits) {
    Object[] row =
        (Object[])
            em.createNativeQuery(RENEW)
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, afterId)
                .setParameter(3, limit)
                .setParameter(4, actor)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, currencyDigits)
                .getSingleResult();
    return new Chunk(SqlValues.toInt(row[0]), SqlValues.toInt(row[1]), SqlValues.toLong(row[2]));
  }
}
