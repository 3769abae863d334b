package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.JobReportRepository;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

@ApplicationScoped
public class JpaJobReportRepository implements JobReportRepository {

  // charging_runs.failure is a VARCHAR(500): a longer failure is cut, not refused
  private static final int FAILURE_LENGTH = 500;

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
}
