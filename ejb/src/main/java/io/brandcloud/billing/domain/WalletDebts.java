package io.brandcloud.billing.domain;

import java.time.Instant;
import java.util.List;

/**
 * How far dunning has gone with the current tenant's organisations, kept on their wallets: since
 * when a wallet is in debt, and whether its servers were ordered suspended. Each step marks the
 * wallets it acts on in the same statement that finds them, so a step is taken once per debt.
 */
public interface WalletDebts {

  /** Marks the wallets below zero that were not in debt as in debt since {@code now}. */
  List<NewDebt> start(Instant now);

  /**
   * Marks the debts that started at or before {@code startedBy}, and whose servers were not yet
   * ordered suspended, as ordered at {@code now}; returns their organisations.
   */
  List<Long> requestSuspensions(Instant startedBy, Instant now);

  /** Ends the organisation's debt if its balance is zero or more; whether there was one to end. */
  boolean settleIfCovered(long organisationId);
}
