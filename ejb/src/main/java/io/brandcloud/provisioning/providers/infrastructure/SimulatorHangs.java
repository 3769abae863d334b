package io.brandcloud.provisioning.providers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's stuck calls: each waits {@value #SECONDS} seconds, or until {@link #releaseAll}
 * lets it answer early (so a test of a stuck provider need not last half a minute).
 */
@ApplicationScoped
public class SimulatorHangs {

  static final long SECONDS = 30;

  private final Map<String, Integer> hanging = new ConcurrentHashMap<>();
  private volatile CountDownLatch release = new CountDownLatch(1);

  void hang(String hostname) {
    CountDownLatch waitFor = release;
    hanging.merge(hostname, 1, Integer::sum);
    try {
      waitFor.await(Duration.ofSeconds(SECONDS).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      hanging.computeIfPresent(hostname, (name, calls) -> calls == 1 ? null : calls - 1);
    }
  }

  /** Whether a create call for the host name is hanging right now. */
  public boolean isHanging(String hostname) {
    return callsHanging(hostname) > 0;
  }

  /** How many create calls for the host name hang right now. */
  public int callsHanging(String hostname) {
    return hanging.getOrDefault(hostname, 0);
  }

  /** Lets every call hanging now answer at once. */
  public void releaseAll() {
    CountDownLatch current = release;
    release = new CountDownLatch(1);
    current.countDown();
  }
}
