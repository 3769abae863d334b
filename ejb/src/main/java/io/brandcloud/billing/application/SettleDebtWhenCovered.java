package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.WalletCredited;
import io.brandcloud.billing.domain.WalletDebts;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.domain.ResumeServersAfterPayment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A credit that brings a debtor's balance back to zero or more ends the debt and asks provisioning
 * to start its suspended servers again. Runs after the credit committed, so a payment's own
 * transaction never waits for this.
 */
@ApplicationScoped
public class SettleDebtWhenCovered implements MessageHandler<WalletCredited> {

  @Inject WalletDebts debts;
  @EJB Outbox outbox;
  @Inject AuditLog audit;

  @Override
  public Class<WalletCredited> handles() {
    return WalletCredited.class;
  }

  @Override
  public void handle(WalletCredited credited) {
    long organisation = credited.organisationId();
    if (!debts.settleIfCovered(organisation)) {
      return;
    }
    audit.record(null, "billing.debt_settled", "organisation " + organisation, "servers resume");
    outbox.publish(new ResumeServersAfterPayment(organisation));
  }
}
