package io.brandcloud.support.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Claims the tenants whose mailbox is due, in a short transaction of its own: moving a row's next
 * check a minute on is the claim, so two nodes never read one mailbox at once.
 */
@Stateless
public class MailboxClaims {

  static final int INTERVAL_SECONDS = 60;

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> claimDue(int max) {
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE platform.mailbox_checks SET next_check_at = now() + make_interval(secs"
                        + " => ?1) WHERE tenant_id IN (SELECT tenant_id FROM"
                        + " platform.mailbox_checks WHERE next_check_at <= now()"
                        + " ORDER BY next_check_at LIMIT ?2 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING tenant_id")
                .setParameter(1, INTERVAL_SECONDS)
                .setParameter(2, max)
                .getResultList())
        .stream().map(id -> ((Number) id).longValue()).toList();
  }
}
