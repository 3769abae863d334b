package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.WalletCredited;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.domain.ResumeServersAfterPayment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A credit that brings a debtor's balance back to zero or more ends the debt and asks provisioning
 * to start its suspended servers again. Runs after the credit committed, so a payment's own
 * transaction never waits for this.
 */
@ApplicationScoped
public class SettleDebtWhenCovered implements MessageHandler<WalletCredited> {

  @PersistenceContext EntityManager em;
  @EJB Outbox outbox;
  @Inject AuditLog audit;

  @Override
  public Class<WalletCredited> handles() {
    return WalletCredited.class;
  }

  @Override
  public void handle(WalletCredited credited) {
    long organisation = credited.organisationId();
    int settled =
        em.createNativeQuery(
                "UPDATE wallets SET in_debt_since = NULL, suspension_requested_at = NULL"
                    + " WHERE organisation_id = ?1 AND in_debt_since IS NOT NULL AND balance >= 0")
            .setParameter(1, organisation)
            .executeUpdate();
    if (settled == 0) {
      return;
    }
    audit.record(null, "billing.debt_settled", "organisation " + organisation, "servers resume");
    outbox.publish(new ResumeServersAfterPayment(organisation));
  }
}
