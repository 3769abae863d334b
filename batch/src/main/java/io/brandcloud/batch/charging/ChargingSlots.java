package io.brandcloud.batch.charging;

import io.brandcloud.batch.partition.TenantPartitionMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Lets {@link TenantPartitionMapper#tenantsAtOnce()} tenants be charged at once on this server, in
 * the order they asked. Charging runs one JBeret thread more than that, so a partition's
 * bookkeeping (its repository rows, artifacts, the hand-off between threads) overlaps other
 * tenants' charging instead of leaving the database waiting, while the database never charges more
 * tenants at once than configured.
 */
@ApplicationScoped
public class ChargingSlots {

  private final Semaphore slots = new Semaphore(TenantPartitionMapper.tenantsAtOnce(), true);

  public <T> T call(Callable<T> work) throws Exception {
    slots.acquire();
    try {
      return work.call();
    } finally {
      slots.release();
    }
  }

  /** How many partitions are waiting for a slot. */
  int waiting() {
    return slots.getQueueLength();
  }
}
