package io.brandcloud.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Runs one round of work at a time on an executor, however often it is asked for: asks that come
 * while a round runs make one more round, none is lost and none waits. A round answers whether it
 * left work behind, which makes another round at once.
 */
public final class CoalescedRuns {

  private static final Logger LOG = Logger.getLogger(CoalescedRuns.class);

  private final String name;
  private final BooleanSupplier round;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile boolean stopped;

  /**
   * @param round one round of work; true if it left work that wants another round now
   */
  public CoalescedRuns(String name, BooleanSupplier round) {
    this.name = name;
    this.round = round;
  }

  /** Asks for a round soon, on the executor; never blocks the caller. */
  public void ask(Executor executor) {
    if (stopped) {
      return;
    }
    wanted.set(true);
    if (!running.get()) {
      executor.execute(this::runWhileWanted);
    }
  }

  /** No more rounds: the components they call are going away. */
  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  private void runWhileWanted() {
    while (wanted.get() && !stopped && running.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        if (round.getAsBoolean()) {
          wanted.set(true);
        }
      } catch (RuntimeException e) {
        LOG.errorf(e, "A round of %s failed", name);
      } finally {
        running.set(false);
      }
    }
  }
}
