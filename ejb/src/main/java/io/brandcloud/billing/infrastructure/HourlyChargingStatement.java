package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.ChargingResult;
import io.brandcloud.billing.domain.OrganisationRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Charges a tenant's servers, or the servers of a range of its organisations, in one statement.
 * Each running or stopped server gets one usage charge per started hour from where the last
 * committed run left off (the tenant's watermark), or from the hour it started running if that is
 * later, up to the hour of {@code now}, or up to the hour its billing stopped in ({@code
 * billed_until}: deleted, suspended) if that is earlier; hours missed while the panel was down are
 * caught up. Servers that became billable shortly before the watermark are re-examined from their
 * own first hour, so a server whose start committed while a run was in flight is not skipped.
 * {@code ON CONFLICT DO NOTHING} on {@code (server_id, period_start)} makes every overlap, re-run
 * and concurrent run harmless; only rows actually inserted write ledger rows and debit wallets, in
 * the same statement. The watermark moves forward only with the whole tenant or its last range, so
 * a run cut short re-examines the same hours. An hour before a server's {@code price_changed_at} is
 * charged at its previous price, and kept with its previous plan after a resize (the margin report
 * sets each hour against its plan's upstream cost).
 *
 * <p>The size check and the watermark are part of the charging statement, so a tenant is charged
 * with one statement rather than three. The snapshots of the same servers are charged by the same
 * rules in the same statement, one row per snapshot and hour in {@code snapshot_charges}, from when
 * each was taken until it was deleted, and so are the organisations' volumes, one row per volume
 * and hour in {@code volume_charges}, from when the provider created each until its deletion, at
 * the price of its size then, and the servers' extra IPv4 addresses, one row per address and hour
 * in {@code address_charges}, from when the provider gave each until its release was asked for.
 */
public final class HourlyChargingStatement {

  /**
   * The charging statement around a guard: a one-row CTE {@code guard(go)} that decides whether
   * anything is charged at all. Parameters in order: the guard's, then for the servers, their
   * snapshots, the volumes and the extra addresses {@code now} (three times), the organisation
   * range, {@code now} (twice); then {@code now} and whether the watermark moves.
   */
  private static final String CHARGE =
      """
      WITH guard AS (
        %s
      ), mark AS (
        SELECT max(charged_up_to) AS charged_up_to FROM charging_watermark
      ), billable AS (
        SELECT s.id AS server_id, w.id AS wallet_id, h.period_start,
               CASE WHEN s.price_changed_at IS NULL OR h.period_start >= s.price_changed_at
                 THEN s.hourly_price ELSE s.previous_price END AS hourly_price,
               CASE WHEN s.price_changed_at IS NULL OR h.period_start >= s.price_changed_at
                 THEN s.plan_id ELSE coalesce(s.previous_plan_id, s.plan_id) END AS plan_id
        FROM servers s
        JOIN wallets w ON w.organisation_id = s.organisation_id
        CROSS JOIN mark m
        """
          + hoursOf("s")
          + """
        WHERE (SELECT go FROM guard)
          AND (s.status IN ('RUNNING', 'STOPPED')
               OR s.billed_until > coalesce(m.charged_up_to - interval '1 hour', '-infinity'))
          AND s.billable_from <= ?::timestamptz
          AND s.subscription_id IS NULL
          AND s.organisation_id >= ? AND s.organisation_id < ?
      ), charged AS (
        INSERT INTO usage_charges (server_id, wallet_id, period_start, amount, plan_id, created_at)
        SELECT server_id, wallet_id, period_start, hourly_price, plan_id, ?::timestamptz FROM billable
        ON CONFLICT (server_id, period_start) DO NOTHING
        RETURNING id, server_id, wallet_id, period_start, amount
      ), ledger AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, wording, wording_values,
                                    created_by, created_at)
        SELECT wallet_id, 'USAGE_CHARGE', -amount, 'usage:' || id, 'Hourly usage of server #' || server_id,
               'SERVER_HOUR', json_build_array(server_id::text)::text, 'hourly-charging', ?::timestamptz
        FROM charged
      ), snapshot_billable AS (
        SELECT p.id AS snapshot_id, w.id AS wallet_id, h.period_start, p.hourly_price
        FROM server_snapshots p
        JOIN servers s ON s.id = p.server_id
        JOIN wallets w ON w.organisation_id = s.organisation_id
        CROSS JOIN mark m
        """
          + hoursOf("p")
          + """
        WHERE (SELECT go FROM guard)
          AND (p.billed_until IS NULL
               OR p.billed_until > coalesce(m.charged_up_to - interval '1 hour', '-infinity'))
          AND p.billable_from <= ?::timestamptz
          AND p.hourly_price > 0
          AND s.organisation_id >= ? AND s.organisation_id < ?
      ), snapshot_charged AS (
        INSERT INTO snapshot_charges (snapshot_id, wallet_id, period_start, amount, created_at)
        SELECT snapshot_id, wallet_id, period_start, hourly_price, ?::timestamptz
        FROM snapshot_billable
        ON CONFLICT (snapshot_id, period_start) DO NOTHING
        RETURNING id, snapshot_id, wallet_id, amount
      ), snapshot_ledger AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, wording, wording_values,
                                    created_by, created_at)
        SELECT c.wallet_id, 'USAGE_CHARGE', -c.amount, 'snapshot:' || c.id,
               'An hour of the snapshot ' || p.name, 'SNAPSHOT_HOUR', json_build_array(p.name)::text,
               'hourly-charging', ?::timestamptz
        FROM snapshot_charged c JOIN server_snapshots p ON p.id = c.snapshot_id
      ), volume_billable AS (
        SELECT v.id AS volume_id, w.id AS wallet_id, h.period_start,
               CASE WHEN v.price_changed_at IS NULL OR h.period_start >= v.price_changed_at
                 THEN v.hourly_price ELSE v.previous_price END AS hourly_price
        FROM volumes v
        JOIN wallets w ON w.organisation_id = v.organisation_id
        CROSS JOIN mark m
        """
          + hoursOf("v")
          + """
        WHERE (SELECT go FROM guard)
          AND v.billable_from IS NOT NULL
          AND (v.billed_until IS NULL
               OR v.billed_until > coalesce(m.charged_up_to - interval '1 hour', '-infinity'))
          AND v.billable_from <= ?::timestamptz
          AND v.organisation_id >= ? AND v.organisation_id < ?
      ), volume_charged AS (
        INSERT INTO volume_charges (volume_id, wallet_id, period_start, amount, created_at)
        SELECT volume_id, wallet_id, period_start, hourly_price, ?::timestamptz
        FROM volume_billable WHERE hourly_price > 0
        ON CONFLICT (volume_id, period_start) DO NOTHING
        RETURNING id, volume_id, wallet_id, amount
      ), volume_ledger AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, wording, wording_values,
                                    created_by, created_at)
        SELECT c.wallet_id, 'USAGE_CHARGE', -c.amount, 'volume:' || c.id,
               'An hour of the volume ' || v.name, 'VOLUME_HOUR', json_build_array(v.name)::text,
               'hourly-charging', ?::timestamptz
        FROM volume_charged c JOIN volumes v ON v.id = c.volume_id
      ), address_billable AS (
        SELECT a.id AS address_id, w.id AS wallet_id, h.period_start, a.hourly_price
        FROM extra_addresses a
        JOIN wallets w ON w.organisation_id = a.organisation_id
        CROSS JOIN mark m
        """
          + hoursOf("a")
          + """
        WHERE (SELECT go FROM guard)
          AND a.billable_from IS NOT NULL
          AND (a.billed_until IS NULL
               OR a.billed_until > coalesce(m.charged_up_to - interval '1 hour', '-infinity'))
          AND a.billable_from <= ?::timestamptz
          AND a.hourly_price > 0
          AND a.organisation_id >= ? AND a.organisation_id < ?
      ), address_charged AS (
        INSERT INTO address_charges (address_id, wallet_id, period_start, amount, created_at)
        SELECT address_id, wallet_id, period_start, hourly_price, ?::timestamptz
        FROM address_billable
        ON CONFLICT (address_id, period_start) DO NOTHING
        RETURNING id, address_id, wallet_id, amount
      ), address_ledger AS (
        INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, wording, wording_values,
                                    created_by, created_at)
        SELECT c.wallet_id, 'USAGE_CHARGE', -c.amount, 'address:' || c.id,
               'An hour of the IPv4 address ' || a.address, 'ADDRESS_HOUR',
               json_build_array(a.address::text)::text, 'hourly-charging', ?::timestamptz
        FROM address_charged c JOIN extra_addresses a ON a.id = c.address_id
      ), all_charged AS (
        SELECT wallet_id, amount FROM charged
        UNION ALL
        SELECT wallet_id, amount FROM snapshot_charged
        UNION ALL
        SELECT wallet_id, amount FROM volume_charged
        UNION ALL
        SELECT wallet_id, amount FROM address_charged
      ), debited AS (
        UPDATE wallets w SET balance = w.balance - t.total
        FROM (SELECT wallet_id, sum(amount) AS total FROM all_charged GROUP BY wallet_id) t
        WHERE w.id = t.wallet_id
        RETURNING w.balance, t.total
      ), watermark AS (
        INSERT INTO charging_watermark (id, charged_up_to)
        SELECT TRUE, ?::timestamptz FROM guard WHERE go AND ?
        ON CONFLICT (id) DO UPDATE
          SET charged_up_to = greatest(charging_watermark.charged_up_to, excluded.charged_up_to)
      )
      SELECT (SELECT go FROM guard),
             (SELECT count(*) FROM all_charged), (SELECT coalesce(sum(amount), 0) FROM all_charged),
             (SELECT count(DISTINCT server_id) FROM charged),
             EXISTS (SELECT 1 FROM debited d JOIN tenant_settings s ON s.id = 1
                     WHERE d.balance < d.total * s.low_balance_hours),
             EXISTS (SELECT 1 FROM debited WHERE balance < 0)
               OR EXISTS (SELECT 1 FROM wallets WHERE balance < 0 OR in_debt_since IS NOT NULL)
               OR EXISTS (SELECT 1 FROM servers WHERE status = 'SUSPENDED' AND subscription_id IS NULL)
      """;

  /**
   * Goes ahead only if the tenant has at most {@code ?} running servers (reading at most ? + 1).
   */
  private static final String WHOLE_TENANT =
      CHARGE.formatted(
          "SELECT count(*) <= ? AS go FROM (SELECT 1 FROM servers WHERE status IN ('RUNNING', 'STOPPED') LIMIT ?) r");

  private static final String RANGE = CHARGE.formatted("SELECT TRUE AS go");

  private static final String CHUNK_STARTS =
      """
      SELECT DISTINCT first FROM (
        SELECT min(organisation_id) AS first FROM (
          SELECT organisation_id, (row_number() OVER (ORDER BY organisation_id) - 1) / ? AS chunk
          FROM servers WHERE status IN ('RUNNING', 'STOPPED')
        ) numbered GROUP BY chunk
      ) starts ORDER BY first
      """;

  /**
   * Servers, their snapshots, volumes and extra addresses: each takes the same seven parameters.
   */
  private static final int CHARGED_KINDS = 4;

  private HourlyChargingStatement() {}

  /**
   * The hours a server or snapshot (the row {@code alias}) is charged for up to {@code now} (two
   * parameters): from the hour after the watermark, or from its own first hour if it became
   * billable shortly before it, until the hour its billing stopped in.
   */
  private static String hoursOf(String alias) {
    return """
        CROSS JOIN LATERAL generate_series(
          CASE
            WHEN m.charged_up_to IS NULL OR {row}.billable_from >= m.charged_up_to - interval '1 hour'
              THEN date_trunc('hour', {row}.billable_from)
            ELSE date_trunc('hour', m.charged_up_to) + interval '1 hour'
          END,
          CASE
            WHEN {row}.billed_until IS NULL THEN date_trunc('hour', ?::timestamptz)
            ELSE least(date_trunc('hour', ?::timestamptz),
                       date_trunc('hour', {row}.billed_until - interval '1 microsecond'))
          END,
          interval '1 hour') AS h(period_start)
        """
        .replace("{row}", alias);
  }

  /**
   * Charges the whole tenant and moves its watermark, if it has at most {@code serversAtOnce}
   * running servers; empty, with nothing charged, if it has more.
   */
  public static Optional<ChargingResult> chargeWholeTenant(
      Connection connection, Instant now, int serversAtOnce) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(WHOLE_TENANT)) {
      statement.setInt(1, serversAtOnce);
      statement.setInt(2, serversAtOnce + 1);
      return execute(statement, 3, now, OrganisationRange.ALL, true);
    }
  }

  /**
   * Charges the running servers of the organisations in the range; the watermark moves only with
   * the tenant's last range, once all the others have committed.
   */
  public static ChargingResult chargeRange(
      Connection connection, Instant now, OrganisationRange range, boolean lastRange)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RANGE)) {
      return execute(statement, 1, now, range, lastRange).orElseThrow();
    }
  }

  private static Optional<ChargingResult> execute(
      PreparedStatement statement,
      int firstParameter,
      Instant now,
      OrganisationRange range,
      boolean movesWatermark)
      throws SQLException {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int p = firstParameter;
    for (int charged = 0; charged < CHARGED_KINDS; charged++) {
      statement.setObject(p++, at);
      statement.setObject(p++, at);
      statement.setObject(p++, at);
      statement.setLong(p++, range.from());
      statement.setLong(p++, range.to());
      statement.setObject(p++, at);
      statement.setObject(p++, at);
    }
    statement.setObject(p++, at);
    statement.setBoolean(p, movesWatermark);
    try (ResultSet rows = statement.executeQuery()) {
      rows.next();
      if (!rows.getBoolean(1)) {
        return Optional.empty();
      }
      return Optional.of(
          new ChargingResult(
              rows.getLong(2),
              rows.getBigDecimal(3),
              rows.getLong(4),
              rows.getBoolean(5),
              rows.getBoolean(6)));
    }
  }

  /**
   * Splits the tenant's organisations into ranges of about {@code serversPerRange} running servers
   * each; an organisation is never split.
   */
  public static List<OrganisationRange> ranges(Connection connection, int serversPerRange)
      throws SQLException {
    List<Long> starts = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(CHUNK_STARTS)) {
      statement.setInt(1, serversPerRange);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          starts.add(rows.getLong(1));
        }
      }
    }
    if (starts.size() <= 1) {
      return List.of(OrganisationRange.ALL);
    }
    List<OrganisationRange> ranges = new ArrayList<>();
    ranges.add(new OrganisationRange(Long.MIN_VALUE, starts.get(1)));
    for (int i = 1; i < starts.size(); i++) {
      long to = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
      ranges.add(new OrganisationRange(starts.get(i), to));
    }
    return ranges;
  }
}
