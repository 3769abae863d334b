package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.DailyCharge;
import io.brandcloud.platform.domain.JobReportRepository;
import io.brandcloud.platform.domain.TenantUsage;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class JpaJobReportRepository implements JobReportRepository {

  // charging_runs.failure is a VARCHAR(500): a longer failure is cut, not refused
  private static final int FAILURE_LENGTH = 500;

  private static final String USAGE_PER_TENANT =
      """
      SELECT t.id,
             coalesce(sum(r.amount) FILTER (WHERE r.charged_up_to >= ?2), 0),
             coalesce(sum(r.amount) FILTER (WHERE r.charged_up_to < ?2), 0),
             coalesce((SELECT l.servers FROM platform.charging_runs l WHERE l.tenant_id = t.id
                       ORDER BY l.charged_up_to DESC, l.id DESC LIMIT 1), 0)
      FROM platform.tenants t
      LEFT JOIN platform.charging_runs r ON r.tenant_id = t.id AND r.charged_up_to >= ?1
      GROUP BY t.id
      """;

  @PersistenceContext EntityManager em;

  @Override
  public void addChargingRun(ChargingRunReport run) {
    em.createNativeQuery(
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

  @Override
  @SuppressWarnings("unchecked")
  public List<ChargingRunReport> recentChargingRuns(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.job_execution_id, r.tenant_id, t.slug, r.charged_up_to, r.charges, r.servers,"
                    + " r.amount, r.currency, r.duration_ms, r.failure, r.finished_at"
                    + " FROM platform.charging_runs r JOIN platform.tenants t ON t.id = r.tenant_id"
                    + " ORDER BY r.finished_at DESC, r.id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ChargingRunReport(
                    number(r[0]),
                    number(r[1]),
                    (String) r[2],
                    SqlValues.instant(r[3]),
                    number(r[4]),
                    number(r[5]),
                    (BigDecimal) r[6],
                    (String) r[7],
                    number(r[8]),
                    (String) r[9],
                    SqlValues.instant(r[10])))
        .toList();
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
    return ((Number) value).longValue();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<DailyCharge> chargedPerDay(long tenantId, Instant from, ZoneId zone) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(charged_up_to AT TIME ZONE ?1 AS date), sum(amount)"
                    + " FROM platform.charging_runs WHERE tenant_id = ?2 AND charged_up_to >= ?3"
                    + " GROUP BY 1 ORDER BY 1")
            .setParameter(1, zone.getId())
            .setParameter(2, tenantId)
            .setParameter(3, Timestamp.from(from))
            .getResultList();
    return rows.stream()
        .map(r -> new DailyCharge(SqlValues.localDate(r[0]), (BigDecimal) r[1]))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<TenantUsage> usagePerTenant(Instant lastMonth, Instant thisMonth) {
    List<Object[]> rows =
        em.createNativeQuery(USAGE_PER_TENANT)
            .setParameter(1, Timestamp.from(lastMonth))
            .setParameter(2, Timestamp.from(thisMonth))
            .getResultList();
    return rows.stream()
        .map(r -> new TenantUsage(number(r[0]), (BigDecimal) r[1], (BigDecimal) r[2], number(r[3])))
        .toList();
  }
}
