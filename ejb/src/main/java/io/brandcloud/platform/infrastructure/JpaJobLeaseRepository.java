package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.JobLeaseRepository;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaJobLeaseRepository implements JobLeaseRepository {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public boolean acquire(
      String job, Instant periodStart, String holder, String parameters, Instant now) {
    return em.createNativeQuery(
                "INSERT INTO platform.job_leases (job_name, period_start, holder, acquired_at,"
                    + " parameters, renewed_at) VALUES (?1, ?2, ?3, ?4, ?5, now())"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, job)
            .setParameter(2, Timestamp.from(periodStart))
            .setParameter(3, holder)
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, parameters)
            .executeUpdate()
        == 1;
  }

  @Override
  public void recordExecution(String job, Instant periodStart, long executionId) {
    em.createNativeQuery(
            "UPDATE platform.job_leases SET execution_id = ?1 WHERE job_name = ?2 AND period_start = ?3")
        .setParameter(1, executionId)
        .setParameter(2, job)
        .setParameter(3, Timestamp.from(periodStart))
        .executeUpdate();
  }

  @Override
  public List<Held> heldBy(String holder) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT job_name, period_start, execution_id FROM platform.job_leases"
                    + " WHERE holder = ?1 AND finished_at IS NULL")
            .setParameter(1, holder)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Held(
                    (String) r[0],
                    SqlValues.instant(r[1]),
                    r[2] == null ? null : ((Number) r[2]).longValue()))
        .toList();
  }

  @Override
  public void renew(String job, Instant periodStart, String holder) {
    update("renewed_at = now()", job, periodStart, holder);
  }

  @Override
  public void finish(String job, Instant periodStart, String holder) {
    update("finished_at = now()", job, periodStart, holder);
  }

  private void update(String set, String job, Instant periodStart, String holder) {
    em.createNativeQuery(
            "UPDATE platform.job_leases SET "
                + set
                + " WHERE job_name = ?1 AND period_start = ?2 AND holder = ?3"
                + " AND finished_at IS NULL")
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(periodStart))
        .setParameter(3, holder)
        .executeUpdate();
  }

  @Override
  public List<TakenOver> takeOverSilent(String holder, Duration silence) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE platform.job_leases l SET holder = ?1, renewed_at = now(),"
                    + " takeovers = l.takeovers + 1, execution_id = NULL"
                    + " FROM (SELECT job_name, period_start, execution_id FROM platform.job_leases"
                    + " WHERE finished_at IS NULL AND renewed_at < now() - ?2 * interval '1 second'"
                    + " FOR UPDATE SKIP LOCKED) silent"
                    + " WHERE l.job_name = silent.job_name AND l.period_start = silent.period_start"
                    + " RETURNING l.job_name, l.period_start, l.parameters, silent.execution_id")
            .setParameter(1, holder)
            .setParameter(2, silence.toSeconds())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new TakenOver(
                    (String) r[0],
                    SqlValues.instant(r[1]),
                    (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue()))
        .toList();
  }
}
