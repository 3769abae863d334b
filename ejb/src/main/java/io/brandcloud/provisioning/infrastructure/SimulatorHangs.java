package io.brandcloud.provisioning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
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

  private final Set<String> hanging = ConcurrentHashMap.newKeySet();
  private volatile CountDownLatch release = new CountDownLatch(1);

  void hang(String hostname) {
    CountDownLatch waitFor = release;
    hanging.add(hostname);
    try {
      waitFor.await(Duration.ofSeconds(SECONDS).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      hanging.remove(hostname);
    }
  }

  /** Whether a create call for the host name is hanging right now. */
  public boolean isHanging(String hostname) {
    return hanging.contains(hostname);
  }

  /** Lets every call hanging now answer at once. */
  public void releaseAll() {
    CountDownLatch current = release;
    release = new CountDownLatch(1);
    current.countDown();
  }
}
