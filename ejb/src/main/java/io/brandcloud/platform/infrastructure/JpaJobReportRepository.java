package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.DailyCharge;
import io.brandcloud.platform.domain.JobReportRepository;
import io.brandcloud.platform.domain.TenantUsage;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.AcrossPlacements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class JpaJobReportRepository implements JobReportRepository {

  // charging_runs.failure is a VARCHAR(500): a longer failure is cut, not refused
  private static final int FAILURE_LENGTH = 500;

  /** Per placement: each tenant with runs there, its sums this and last month, its last servers. */
  private static final String USAGE_PER_TENANT =
      """
      SELECT t.tenant_id,
             coalesce(sum(r.amount) FILTER (WHERE r.charged_up_to >= ?), 0),
             coalesce(sum(r.amount) FILTER (WHERE r.charged_up_to < ?), 0),
             coalesce((SELECT l.servers FROM platform.charging_runs l WHERE l.tenant_id = t.tenant_id
                       ORDER BY l.charged_up_to DESC, l.id DESC LIMIT 1), 0)
      FROM (SELECT DISTINCT tenant_id FROM platform.charging_runs) t
      LEFT JOIN platform.charging_runs r ON r.tenant_id = t.tenant_id AND r.charged_up_to >= ?
      GROUP BY t.tenant_id
      """;

  private static final String RECENT_RUNS =
      "SELECT job_execution_id, tenant_id, charged_up_to, charges, servers, amount, currency,"
          + " duration_ms, failure, finished_at, id FROM platform.charging_runs"
          + " ORDER BY finished_at DESC, id DESC LIMIT ?";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  /**
   * The current tenant's: a charging run's report lives on the server of the tenant's schema and
   * commits with its charges, in one transaction on one server.
   */
  @PersistenceContext EntityManager tenantEm;

  @Override
  public void addChargingRun(ChargingRunReport run) {
    tenantEm
        .createNativeQuery(
            "INSERT INTO platform.charging_runs (job_execution_id, tenant_id, charged_up_to, charges,"
                + " servers, amount, currency, duration_ms, failure, finished_at) VALUES (?1, ?2, ?3,"
                + " ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (job_execution_id, tenant_id) DO NOTHING")
        .setParameter(1, run.jobExecutionId())
        .setParameter(2, run.tenantId())
        .setParameter(3, Timestamp.from(run.chargedUpTo()))
        .setParameter(4, run.charges())
        .setParameter(5, run.servers())
        .setParameter(6, run.amount())
        .setParameter(7, run.currency())
        .setParameter(8, run.durationMillis())
        .setParameter(9, PlainText.cut(run.failure(), FAILURE_LENGTH))
        .setParameter(10, Timestamp.from(run.finishedAt()))
        .executeUpdate();
  }

  @Override
  public void addDrift(WalletDrift drift) {
    em.createNativeQuery(
            "INSERT INTO platform.reconciliation_findings (job_execution_id, tenant_id, wallet_id,"
                + " customer_id, balance, ledger_sum, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, drift.jobExecutionId())
        .setParameter(2, drift.tenantId())
        .setParameter(3, drift.walletId())
        .setParameter(4, drift.customerId())
        .setParameter(5, drift.balance())
        .setParameter(6, drift.ledgerSum())
        .setParameter(7, Timestamp.from(drift.foundAt()))
        .executeUpdate();
  }

  /** The newest runs over every placement (each keeps the runs of its tenants). */
  @Override
  public List<ChargingRunReport> recentChargingRuns(int limit) {
    Map<Long, String> slugs = slugs();
    return AcrossPlacements.query(
            RECENT_RUNS,
            r ->
                new Ranked<>(
                    new ChargingRunReport(
                        r.getLong(1),
                        r.getLong(2),
                        slugs.getOrDefault(r.getLong(2), "?"),
                        r.getTimestamp(3).toInstant(),
                        r.getLong(4),
                        r.getLong(5),
                        r.getBigDecimal(6),
                        r.getString(7),
                        r.getLong(8),
                        r.getString(9),
                        r.getTimestamp(10).toInstant()),
                    r.getLong(11)),
            limit)
        .stream()
        .sorted(
            Comparator.comparing((Ranked<ChargingRunReport> run) -> run.value().finishedAt())
                .thenComparingLong(Ranked::id)
                .reversed())
        .limit(limit)
        .map(Ranked::value)
        .toList();
  }

  private record Ranked<T>(T value, long id) {}

  @SuppressWarnings("unchecked")
  private Map<Long, String> slugs() {
    Map<Long, String> slugs = new HashMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery("SELECT id, slug FROM platform.tenants").getResultList()) {
      slugs.put(number(row[0]), (String) row[1]);
    }
    return slugs;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<WalletDrift> recentDrift(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT f.job_execution_id, f.tenant_id, t.slug, f.wallet_id, f.customer_id, f.balance,"
                    + " f.ledger_sum, f.found_at FROM platform.reconciliation_findings f"
                    + " JOIN platform.tenants t ON t.id = f.tenant_id ORDER BY f.found_at DESC, f.id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new WalletDrift(
                    number(r[0]),
                    number(r[1]),
                    (String) r[2],
                    number(r[3]),
                    number(r[4]),
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    SqlValues.instant(r[7])))
        .toList();
  }

  private static long number(Object value) {
    return SqlValues.toLong(value);
  }

  @Override
  public List<DailyCharge> chargedPerDay(long tenantId, Instant from, ZoneId zone) {
    Map<LocalDate, BigDecimal> perDay = new TreeMap<>();
    AcrossPlacements.query(
            "SELECT CAST(charged_up_to AT TIME ZONE ? AS date), sum(amount)"
                + " FROM platform.charging_runs WHERE tenant_id = ? AND charged_up_to >= ?"
                + " GROUP BY 1",
            r -> new DailyCharge(r.getDate(1).toLocalDate(), r.getBigDecimal(2)),
            zone.getId(),
            tenantId,
            Timestamp.from(from))
        .forEach(day -> perDay.merge(day.day(), day.amount(), BigDecimal::add));
    return perDay.entrySet().stream().map(e -> new DailyCharge(e.getKey(), e.getValue())).toList();
  }

  /** Every tenant, with what its runs charged this and last month, over every placement. */
  @Override
  @SuppressWarnings("unchecked")
  public List<TenantUsage> usagePerTenant(Instant lastMonth, Instant thisMonth) {
    Map<Long, TenantUsage> usage = new TreeMap<>();
    for (Object id : em.createNativeQuery("SELECT id FROM platform.tenants").getResultList()) {
      usage.put(number(id), new TenantUsage(number(id), BigDecimal.ZERO, BigDecimal.ZERO, 0));
    }
    Timestamp thisMonthStart = Timestamp.from(thisMonth);
    for (TenantUsage found :
        AcrossPlacements.query(
            USAGE_PER_TENANT,
            r ->
                new TenantUsage(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getLong(4)),
            thisMonthStart,
            thisMonthStart,
            Timestamp.from(lastMonth))) {
      usage.computeIfPresent(
          found.tenantId(),
          (id, seen) ->
              new TenantUsage(
                  id,
                  seen.thisMonth().add(found.thisMonth()),
                  seen.lastMonth().add(found.lastMonth()),
                  Math.max(seen.runningServers(), found.runningServers())));
    }
    return List.copyOf(usage.values());
  }
}
