package io.brandcloud.billing.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Proves the ledger is the truth: every wallet's balance must equal the sum of its ledger rows. One
 * set-based query per tenant; any wallet it returns is drift to report, never something to "fix"
 * silently.
 */
@Stateless
public class WalletReconciliation {

  @PersistenceContext EntityManager em;

  @SuppressWarnings("unchecked")
  public List<LedgerDrift> drift() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT w.id, w.organisation_id, w.balance, coalesce(l.total, 0) FROM wallets w"
                    + " LEFT JOIN (SELECT wallet_id, sum(amount) AS total FROM ledger_entries"
                    + " GROUP BY wallet_id) l ON l.wallet_id = w.id"
                    + " WHERE w.balance <> coalesce(l.total, 0) ORDER BY w.id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new LedgerDrift(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3]))
        .toList();
  }
}
