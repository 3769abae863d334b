package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedRunsTest {

  /** An executor that runs nothing until the test says so. */
  private final Deque<Runnable> queued = new ArrayDeque<>();

  private final Executor executor = queued::add;

  @Test
  void asksWhileARoundRunsMakeExactlyOneMoreRound() {
    AtomicInteger rounds = new AtomicInteger();
    CoalescedRuns[] runs = new CoalescedRuns[1];
    runs[0] =
        new CoalescedRuns(
            "test",
            () -> {
              if (rounds.incrementAndGet() == 1) {
                runs[0].ask(executor);
                runs[0].ask(executor);
              }
              return false;
            });
    runs[0].ask(executor);
    runQueued();
    assertThat(rounds).hasValue(2);
  }

  @Test
  void aRoundThatLeftWorkBehindIsFollowedAtOnce() {
    AtomicInteger rounds = new AtomicInteger();
    CoalescedRuns runs = new CoalescedRuns("test", () -> rounds.incrementAndGet() < 3);
    runs.ask(executor);
    runQueued();
    assertThat(rounds).hasValue(3);
  }

  @Test
  void aFailingRoundDoesNotStopLaterOnes() {
    AtomicInteger rounds = new AtomicInteger();
    CoalescedRuns runs =
        new CoalescedRuns(
            "test",
            () -> {
              if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
              }
              return false;
            });
    runs.ask(executor);
    runQueued();
    runs.ask(executor);
    runQueued();
    assertThat(rounds).hasValue(2);
  }

  @Test
  void aStoppedRunnerRunsNothing() {
    AtomicInteger rounds = new AtomicInteger();
    CoalescedRuns runs = new CoalescedRuns("test", () -> rounds.incrementAndGet() < 0);
    runs.ask(executor);
    runs.stop();
    runQueued();
    runs.ask(executor);
    runQueued();
    assertThat(rounds).hasValue(0);
  }

  private void runQueued() {
    while (!queued.isEmpty()) {
      queued.poll().run();
    }
  }
}
