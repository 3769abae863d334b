package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.JobOwnerRepository;
import io.brandcloud.shared.PlatformUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaJobOwnerRepository implements JobOwnerRepository {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public void record(long executionId, String node, Instant startedAt) {
    em.createNativeQuery(
            "INSERT INTO platform.job_owners (execution_id, node, started_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, executionId)
        .setParameter(2, node)
        .setParameter(3, Timestamp.from(startedAt))
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> startedBy(String node) {
    return ((List<Number>)
            em.createNativeQuery(
                    "SELECT execution_id FROM platform.job_owners WHERE node = ?1 ORDER BY 1")
                .setParameter(1, node)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }

  @Override
  public void forget(List<Long> executionIds, Instant startedBefore) {
    em.createNativeQuery(
            "DELETE FROM platform.job_owners"
                + " WHERE execution_id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))"
                + " OR started_at < ?2")
        .setParameter(
            1, executionIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .setParameter(2, Timestamp.from(startedBefore))
        .executeUpdate();
  }
}
