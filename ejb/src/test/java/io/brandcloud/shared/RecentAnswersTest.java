package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  private final RecentAnswers<String> answers =
      new RecentAnswers<>(Duration.ofMinutes(1), 100, new AtomicLong());

  @Test
  void anAnswerIsKeptPerTenant() {
    answers.remember(1, "k", "one", answers.epoch());
    assertThat(answers.get(1, "k")).contains("one");
    assertThat(answers.get(2, "k")).isEmpty();
  }

  @Test
  void recallReadsOnceAndKeepsOnlyWhatWasFound() {
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThat(answers.recall(1, "k", () -> Optional.of("v" + reads.incrementAndGet())))
        .contains("v1");
    assertThat(answers.recall(1, "k", () -> Optional.of("v" + reads.incrementAndGet())))
        .contains("v1");
    assertThat(answers.recall(1, "none", Optional::empty)).isEmpty();
    assertThat(answers.recall(1, "none", () -> Optional.of("found later"))).contains("found later");
  }

  @Test
  void anAnswerReadWhileSomethingWasForgottenIsNotKept() {
    long before = answers.epoch();
    answers.forget(null, 1, any -> true);
    answers.remember(1, "k", "stale", before);
    assertThat(answers.get(1, "k")).isEmpty();
  }

  @Test
  void forgettingCountsAtOnceAndAgainWhenTheTransactionEndsEvenByRollback() {
    OneTransaction transaction = new OneTransaction();
    answers.remember(1, "k", "old", answers.epoch());
    answers.remember(2, "k", "other tenant", answers.epoch());
    answers.forget(transaction, 1, any -> true);
    assertThat(answers.get(1, "k")).isEmpty();

    answers.remember(1, "k", "read inside the transaction", answers.epoch());
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertThat(answers.get(1, "k")).as("what the rolled-back work saw").isEmpty();
    assertThat(answers.get(2, "k")).contains("other tenant");
  }

  @Test
  void forgettingAllForgetsEveryTenantAndWhatWasBeingRead() {
    answers.remember(1, "k", "one", answers.epoch());
    answers.remember(2, "k", "two", answers.epoch());
    long reading = answers.epoch();

    answers.forgetAll();
    answers.remember(3, "k", "read before", reading);

    assertThat(answers.get(1, "k")).isEmpty();
    assertThat(answers.get(2, "k")).isEmpty();
    assertThat(answers.get(3, "k")).isEmpty();
  }

  @Test
  void aFloodOfKeysIsBounded() {
    RecentAnswers<String> small = new RecentAnswers<>(Duration.ofMinutes(1), 3, new AtomicLong());
    for (int i = 0; i < 10; i++) {
      small.remember(1, "k" + i, "v", small.epoch());
    }
    assertThat(small.get(1, "k9")).contains("v");
    assertThat(small.get(1, "k0")).isEmpty();
  }

  /** A transaction that is running until {@link #end} is called. */
  private static final class OneTransaction implements TransactionSynchronizationRegistry {
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void end(int status) {
      synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
