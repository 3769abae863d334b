package io.brandcloud.platform.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Which node started which job execution; see {@code DiedExecutions}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobOwners {

  private static final Duration KEPT = Duration.ofDays(30);

  @PersistenceContext EntityManager em;

  public void record(long executionId, String node, Instant startedAt) {
    em.createNativeQuery(
            "INSERT INTO platform.job_owners (execution_id, node, started_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, executionId)
        .setParameter(2, node)
        .setParameter(3, Timestamp.from(startedAt))
        .executeUpdate();
  }

  /** The executions this node started in an earlier life (all of them are over by now). */
  @SuppressWarnings("unchecked")
  public List<Long> startedBy(String node) {
    return ((List<Number>)
            em.createNativeQuery(
                    "SELECT execution_id FROM platform.job_owners WHERE node = ?1 ORDER BY 1")
                .setParameter(1, node)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }

  /** Forgets executions that have been dealt with, and any older than 30 days. */
  public void forget(List<Long> executionIds, Instant now) {
    em.createNativeQuery(
            "DELETE FROM platform.job_owners"
                + " WHERE execution_id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))"
                + " OR started_at < ?2")
        .setParameter(
            1, executionIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .setParameter(2, Timestamp.from(now.minus(KEPT)))
        .executeUpdate();
  }
}
