package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The set-based steps that pay many subscriptions' terms from their wallets in one transaction. */
public interface TermPayments {

  /** One wallet's balance, locked until the transaction ends. */
  record LockedWallet(long walletId, BigDecimal balance) {}

  /** One ledger row to book: a debit is negative. */
  record Booking(
      long walletId, String type, BigDecimal amount, String reference, LedgerText text) {}

  /**
   * Locks the organisations' wallets (in id order, so payers never deadlock) and answers their
   * balances by organisation; an organisation without a wallet is left out.
   */
  Map<Long, LockedWallet> lockWallets(Collection<Long> organisationIds);

  /** The organisations as their invoices bill them, by id. */
  Map<Long, BillingParty> parties(Collection<Long> organisationIds);

  /**
   * Books the rows whose reference is new and moves their wallets' balances by as much; answers the
   * references booked now.
   */
  Set<String> book(List<Booking> bookings, String actor, Instant at);
}
