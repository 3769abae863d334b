package io.brandcloud.batch.providers;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.provisioning.reconciliation.application.ProviderReconciliation;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reconciles the partition's tenant with its providers. The service calls the providers with no
 * transaction open; a partition holds none either.
 */
@Dependent
@Named("providerReconciliationBatchlet")
public class ProviderReconciliationBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @EJB ProviderReconciliation reconciliation;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("provider-reconciliation"));
    try {
      TenantContext tenant = partition.context(tenantId, job.getExecutionId());
      return CurrentTenant.callAs(tenant, reconciliation::reconcile).toString();
    } finally {
      CurrentCaller.clear();
    }
  }
}
