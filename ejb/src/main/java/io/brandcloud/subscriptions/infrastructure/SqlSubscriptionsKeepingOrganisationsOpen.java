package io.brandcloud.subscriptions.infrastructure;

import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.ClosureObstacle.Kind;
import io.brandcloud.identity.domain.ClosureObstacles;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Subscriptions not cancelled or ended keep an organisation from closing: they would renew. */
@ApplicationScoped
public class SqlSubscriptionsKeepingOrganisationsOpen implements ClosureObstacles {

  @PersistenceContext EntityManager em;

  @Override
  public List<ClosureObstacle> of(long organisationId) {
    long live =
        SqlValues.toLong(
            em.createNativeQuery(
                    "SELECT count(*) FROM subscriptions WHERE organisation_id = ?1"
                        + " AND status NOT IN ('CANCELLED', 'ENDED')")
                .setParameter(1, organisationId)
                .getSingleResult());
    return live == 0 ? List.of() : List.of(ClosureObstacle.counted(Kind.SUBSCRIPTIONS, live));
  }
}
