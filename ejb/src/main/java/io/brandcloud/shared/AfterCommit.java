package io.brandcloud.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must wait until the current transaction has committed, and never run on rollback. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Needs an active transaction: the registry refuses otherwise. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
