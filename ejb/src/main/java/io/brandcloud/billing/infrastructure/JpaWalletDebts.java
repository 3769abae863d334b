package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.NewDebt;
import io.brandcloud.billing.domain.WalletDebts;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaWalletDebts implements WalletDebts {

  @PersistenceContext EntityManager em;

  @Override
  public List<NewDebt> start(Instant now) {
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE wallets SET in_debt_since = CAST(?1 AS timestamptz)"
                        + " WHERE balance < 0 AND in_debt_since IS NULL RETURNING organisation_id, balance")
                .setParameter(1, now)
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(r -> new NewDebt(SqlValues.toLong(r[0]), (BigDecimal) r[1]))
            .toList();
  }

  @Override
  public List<Long> requestSuspensions(Instant startedBy, Instant now) {
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE wallets SET suspension_requested_at = CAST(?2 AS timestamptz)"
                        + " WHERE in_debt_since <= CAST(?1 AS timestamptz)"
                        + " AND suspension_requested_at IS NULL RETURNING organisation_id")
                .setParameter(1, startedBy)
                .setParameter(2, now)
                .getResultList())
        .stream().map(n -> SqlValues.toLong(n)).toList();
  }

  @Override
  public boolean settleIfCovered(long organisationId) {
    return em.createNativeQuery(
                "UPDATE wallets SET in_debt_since = NULL, suspension_requested_at = NULL"
                    + " WHERE organisation_id = ?1 AND in_debt_since IS NOT NULL AND balance >= 0")
            .setParameter(1, organisationId)
            .executeUpdate()
        > 0;
  }
}
