package io.brandcloud.billing.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Charges a whole tenant in one statement. Each running server gets one usage charge per started
 * hour from where the last committed run left off (the tenant's watermark), or from the hour it
 * started running if that is later, up to the hour of {@code now}; hours missed while the panel was
 * down are caught up. Servers that became billable shortly before the watermark are re-examined
 * from their own first hour, so a server whose start committed while a run was in flight is not
 * skipped. {@code ON CONFLICT DO NOTHING} on {@code (server_id, period_start)} makes every overlap,
 * re-run and concurrent run harmless; only rows actually inserted write ledger rows and debit
 * wallets, in the same statement and therefore the same transaction as the watermark moving
 * forward. An hour before a server's {@code price_changed_at} is charged at its previous price.
 */
public final class HourlyChargingStatement {

  private static final String SQL =
      """
      WITH mark AS (
        SELECT max(charged_up_to) AS charged_up_to FROM charging_watermark
      ), billable AS (
        SELECT s.id AS server_id, w.id AS wallet_id, h.period_start,
               CASE WHEN s.price_changed_at IS NULL OR h.period_start >= s.price_changed_at
                 THEN s.hourly_price ELSE s.previous_price END AS hourly_price
        FROM servers s
        JOIN wallets w ON w.organisation_id = s.organisation_id
        CROSS JOIN mark m
        CROSS JOIN LATERAL generate_series(
          CASE
            WHEN m.charged_up_to IS NULL OR s.billable_from >= m.charged_up_to - interval '1 hour'
              THEN date_trunc('hour', s.billable_from)
            ELSE date_trunc('hour', m.charged_up_to) + interval '1 hour'
          END,
          date_trunc('hour', ?::timestamptz),
          interval '1 hour') AS h(period_start)
        WHERE s.status = 'RUNNING' AND s.billable_from <= ?::timestamptz
      ), charged AS (
        INSERT INTO usage_charges (server_id, wallet_id, period_start, amount, created_at)
        SELECT server_id, wallet_id, period_start, hourly_price, ?::timestamptz FROM billable
        ON CONFLICT (server_id, period_start) DO NOTHING
        RETURNING id, server_id, wallet_id, period_start, amount
      ), ledger AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
        SELECT wallet_id, 'USAGE_CHARGE', -amount, 'usage:' || id, 'Hourly usage of server #' || server_id,
               'hourly-charging', ?::timestamptz
        FROM charged
      ), debited AS (
        UPDATE wallets w SET balance = w.balance - t.total
        FROM (SELECT wallet_id, sum(amount) AS total FROM charged GROUP BY wallet_id) t
        WHERE w.id = t.wallet_id
      ), marked AS (
        INSERT INTO charging_watermark (id, charged_up_to) VALUES (TRUE, ?::timestamptz)
        ON CONFLICT (id) DO UPDATE
          SET charged_up_to = greatest(charging_watermark.charged_up_to, excluded.charged_up_to)
      )
      SELECT count(*), coalesce(sum(amount), 0), count(DISTINCT server_id) FROM charged
      """;

  private HourlyChargingStatement() {}

  public static ChargingResult run(Connection connection, Instant now) throws SQLException {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      for (int i = 1; i <= 5; i++) {
        statement.setObject(i, at);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new ChargingResult(rows.getLong(1), rows.getBigDecimal(2), rows.getLong(3));
      }
    }
  }

  /** What one run charged: rows inserted, their total, and how many servers they were for. */
  public record ChargingResult(long charges, BigDecimal amount, long servers) {}
}
