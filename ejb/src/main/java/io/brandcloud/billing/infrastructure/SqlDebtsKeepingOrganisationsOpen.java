package io.brandcloud.billing.infrastructure;

import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.ClosureObstacle.Kind;
import io.brandcloud.identity.domain.ClosureObstacles;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What an organisation owes keeps it from closing: open invoices and a balance below zero. */
@ApplicationScoped
public class SqlDebtsKeepingOrganisationsOpen implements ClosureObstacles {

  @PersistenceContext EntityManager em;

  @Override
  public List<ClosureObstacle> of(long organisationId) {
    List<ClosureObstacle> left = new ArrayList<>();
    long open =
        SqlValues.toLong(
            em.createNativeQuery(
                    "SELECT count(*) FROM invoices WHERE organisation_id = ?1 AND status = 'OPEN'")
                .setParameter(1, organisationId)
                .getSingleResult());
    if (open > 0) {
      left.add(ClosureObstacle.counted(Kind.UNPAID_INVOICES, open));
    }
    List<?> balance =
        em.createNativeQuery("SELECT balance FROM wallets WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    if (!balance.isEmpty() && ((BigDecimal) balance.get(0)).signum() < 0) {
      left.add(ClosureObstacle.owed(((BigDecimal) balance.get(0)).negate()));
    }
    return left;
  }
}
