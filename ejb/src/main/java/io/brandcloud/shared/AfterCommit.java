package io.brandcloud.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work that must wait until the current transaction has ended. */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * After a commit, never on rollback. Needs an active transaction: the registry refuses otherwise.
   */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    afterCompletion(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            work.run();
          }
        });
  }

  /** When the transaction ends, committed or rolled back. Needs an active transaction. */
  public static void runWhenEnded(TransactionSynchronizationRegistry transactions, Runnable work) {
    afterCompletion(transactions, status -> work.run());
  }

  private static void afterCompletion(
      TransactionSynchronizationRegistry transactions, IntConsumer work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            work.accept(status);
          }
        });
  }
}
