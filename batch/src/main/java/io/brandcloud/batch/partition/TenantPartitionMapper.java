package io.brandcloud.batch.partition;

import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.platform.domain.Tenant;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * One partition per active tenant, two at a time by default ({@code BATCH_THREADS} sizes the pool).
 */
@Dependent
@Named("tenantPartitionMapper")
public class TenantPartitionMapper implements PartitionMapper {

  public static final String TENANT_ID = "tenantId";

  @EJB ActiveTenants tenants;
  @Inject TenantDirectory directory;

  @Override
  public PartitionPlan mapPartitions() {
    List<Tenant> active = tenants.all();
    directory.remember(active);
    List<Long> ids = active.stream().map(Tenant::id).toList();
    Properties[] properties = new Properties[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      properties[i] = new Properties();
      properties[i].setProperty(TENANT_ID, Long.toString(ids.get(i)));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(ids.size());
    plan.setThreads(Math.max(1, Math.min(ids.size(), threads())));
    plan.setPartitionProperties(properties);
    return plan;
  }

  private static int threads() {
    return Integer.parseInt(System.getenv().getOrDefault("BATCH_PARTITION_THREADS", "2"));
  }
}
