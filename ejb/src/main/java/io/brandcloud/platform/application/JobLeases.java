package io.brandcloud.platform.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Cluster-wide "run once" for scheduled jobs: the first node to insert the (job, period) row runs
 * that period; every other node's insert does nothing. The charging statements' unique keys make a
 * second run harmless anyway.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @PersistenceContext EntityManager em;

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

  public void recordExecution(String job, Instant periodStart, long executionId) {
    em.createNativeQuery(
            "UPDATE platform.job_leases SET execution_id = ?1 WHERE job_name = ?2 AND period_start = ?3")
        .setParameter(1, executionId)
        .setParameter(2, job)
        .setParameter(3, Timestamp.from(periodStart))
        .executeUpdate();
  }
}
