package io.brandcloud.provisioning.servers.infrastructure;

import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.ClosureObstacle.Kind;
import io.brandcloud.identity.domain.ClosureObstacles;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organisation runs that keeps it from closing: servers not terminated, volumes not deleted
 * and snapshots still billed, each of which would go on costing a closed account.
 */
@ApplicationScoped
public class SqlServersKeepingOrganisationsOpen implements ClosureObstacles {

  @PersistenceContext EntityManager em;

  @Override
  public List<ClosureObstacle> of(long organisationId) {
    List<ClosureObstacle> left = new ArrayList<>();
    count(
        left,
        Kind.SERVERS,
        "SELECT count(*) FROM servers WHERE organisation_id = ?1"
            + " AND status NOT IN ('TERMINATED', 'FAILED')",
        organisationId);
    count(
        left,
        Kind.VOLUMES,
        "SELECT count(*) FROM volumes WHERE organisation_id = ?1"
            + " AND status NOT IN ('DELETED', 'FAILED')",
        organisationId);
    count(
        left,
        Kind.SNAPSHOTS,
        "SELECT count(*) FROM server_snapshots n JOIN servers s ON s.id = n.server_id"
            + " WHERE s.organisation_id = ?1 AND n.billed_until IS NULL",
        organisationId);
    return left;
  }

  private void count(List<ClosureObstacle> left, Kind kind, String sql, long organisationId) {
    long count =
        SqlValues.toLong(
            em.createNativeQuery(sql).setParameter(1, organisationId).getSingleResult());
    if (count > 0) {
      left.add(ClosureObstacle.counted(kind, count));
    }
  }
}
