package io.brandcloud.batch.reconciliation;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.billing.application.WalletReconciliation;
import io.brandcloud.billing.domain.LedgerDrift;
import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jboss.logging.Logger;

/** Reports every wallet of the partition's tenant whose balance is not the sum of its ledger. */
@Dependent
@Named("reconciliationBatchlet")
public class ReconciliationBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ReconciliationBatchlet.class);

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @Inject ApplicationClock clock;
  @EJB WalletReconciliation reconciliation;
  @EJB JobReports reports;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("reconciliation"));
    try {
      TenantContext tenant = partition.context(tenantId, job.getExecutionId());
      List<LedgerDrift> drift = CurrentTenant.callAs(tenant, reconciliation::drift);
      for (LedgerDrift wallet : drift) {
        LOG.errorf(
            "Tenant %s wallet %d: balance %s but ledger sums to %s",
            tenant.slug(), wallet.walletId(), wallet.balance(), wallet.ledgerSum());
        reports.drift(
            new WalletDrift(
                job.getExecutionId(),
                tenant.tenantId(),
                tenant.slug(),
                wallet.walletId(),
                wallet.customerId(),
                wallet.balance(),
                wallet.ledgerSum(),
                clock.now()));
      }
      return drift.isEmpty() ? "all wallets match their ledger" : drift.size() + " wallets drifted";
    } finally {
      CurrentCaller.clear();
    }
  }
}
