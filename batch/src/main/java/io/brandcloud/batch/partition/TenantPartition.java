package io.brandcloud.batch.partition;

import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The tenant of a partition, rebuilt from its property; a tenant that has gone away fails the
 * partition.
 */
@Dependent
public class TenantPartition {

  @Inject TenantDirectory directory;

  public TenantContext context(String tenantId, long executionId) {
    return directory
        .byId(Long.parseLong(tenantId), "job-" + executionId)
        .orElseThrow(() -> new IllegalStateException("Tenant " + tenantId + " does not exist"));
  }
}
