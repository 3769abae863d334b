package io.brandcloud.batch.partition;

import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.platform.domain.Tenant;
import jakarta.batch.api.BatchProperty;
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
 * One partition per active tenant, {@code BATCH_PARTITION_THREADS} (default two) tenants at a time.
 * A job may ask for spare threads beyond that ({@code spareThreads}) when it limits its database
 * work itself: the spare thread does JBeret's bookkeeping for the next partition while the others
 * work.
 */
@Dependent
@Named("tenantPartitionMapper")
public class TenantPartitionMapper implements PartitionMapper {

  public static final String TENANT_ID = "tenantId";

  @EJB ActiveTenants tenants;
  @Inject TenantDirectory directory;

  @Inject
  @BatchProperty(name = "spareThreads")
  String spareThreads;

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
    plan.setThreads(Math.max(1, Math.min(ids.size(), tenantsAtOnce() + spare())));
    plan.setPartitionProperties(properties);
    return plan;
  }

  /** How many tenants a job works on at once ({@code BATCH_PARTITION_THREADS}, default 2). */
  public static int tenantsAtOnce() {
    return Math.max(
        1, Integer.parseInt(System.getenv().getOrDefault("BATCH_PARTITION_THREADS", "2")));
  }

  private int spare() {
    return spareThreads == null || spareThreads.isBlank() ? 0 : Integer.parseInt(spareThreads);
  }
}
