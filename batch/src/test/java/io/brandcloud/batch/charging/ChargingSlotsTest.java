package io.brandcloud.batch.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.batch.partition.TenantPartitionMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChargingSlotsTest {

  @Test
  void letsOnlyTheConfiguredNumberOfTenantsBeChargedAtOnce() throws Exception {
    ChargingSlots slots = new ChargingSlots();
    int allowed = TenantPartitionMapper.tenantsAtOnce();
    int callers = allowed + 3;
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Integer>> charged = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        charged.add(
            threads.submit(
                () ->
                    slots.call(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          finish.await();
                          return inside.decrementAndGet();
                        })));
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> inside.get() == allowed && slots.waiting() == callers - allowed);
      assertThat(inside.get()).isEqualTo(allowed);

      finish.countDown();
      for (Future<Integer> each : charged) {
        each.get();
      }
      assertThat(most.get()).isEqualTo(allowed);
      assertThat(slots.waiting()).isZero();
    } finally {
      threads.shutdownNow();
    }
  }
}
