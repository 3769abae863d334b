package io.brandcloud.batch.retention;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.retention.application.RetentionPurge;
import io.brandcloud.retention.domain.Purged;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Purges the partition's tenant past its retention policy. */
@Dependent
@Named("retentionBatchlet")
public class RetentionBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @EJB RetentionPurge purge;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("retention"));
    try {
      TenantContext tenant = partition.context(tenantId, job.getExecutionId());
      Purged purged = CurrentTenant.callAs(tenant, purge::purge);
      return purged.describe();
    } finally {
      CurrentCaller.clear();
    }
  }
}
