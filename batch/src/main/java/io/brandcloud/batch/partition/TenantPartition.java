package io.brandcloud.batch.partition;

import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * Runs a partition's work as the partition's tenant; a tenant that has gone away fails the
 * partition.
 */
@Dependent
public class TenantPartition {

  @Inject TenantDirectory directory;

  public <T> T callAs(String tenantId, String executionId, Callable<T> work) throws Exception {
    TenantContext context =
        directory
            .byId(Long.parseLong(tenantId), "job-" + executionId)
            .orElseThrow(() -> new IllegalStateException("Tenant " + tenantId + " does not exist"));
    return CurrentTenant.callAs(context, work);
  }
}
