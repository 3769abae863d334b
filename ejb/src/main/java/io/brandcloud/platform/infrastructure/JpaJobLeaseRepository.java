package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.JobLeaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

@ApplicationScoped
public class JpaJobLeaseRepository implements JobLeaseRepository {

  @PersistenceContext EntityManager em;

  @Override
  public boolean acquire(String job, Instant periodStart, String holder, Instant now) {
    return em.createNativeQuery(
                "INSERT INTO platform.job_leases (job_name, period_start, holder, acquired_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, job)
            .setParameter(2, Timestamp.from(periodStart))
            .setParameter(3, holder)
            .setParameter(4, Timestamp.from(now))
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
}
