package io.brandcloud.billing.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current tenant's wallets and the append-only ledger behind every balance: a balance moves
 * only by {@link #append}, in the same transaction as the row that explains it.
 */
public interface WalletLedger {

  /** Opens the organisation's wallet unless it has one; an unknown organisation gets none. */
  void open(long organisationId, Currency currency, Instant at);

  Optional<Wallet> ofOrganisation(long organisationId);

  BigDecimal balance(long walletId);

  /** The balance, the wallet locked until the transaction ends: a check before a debit holds. */
  BigDecimal balanceForUpdate(long walletId);

  /** What the wallet paid for usage and subscriptions since {@code from}, less what came back. */
  BigDecimal spentSince(long walletId, Instant from);

  /** Whether the wallet ever paid for usage or a subscription. */
  boolean hasSpent(long walletId);

  /** What staff gave the wallet by hand (goodwill, corrections), ever. */
  BigDecimal creditsGiven(long walletId);

  /** The sum of the wallet's ledger, which must always equal its balance. */
  BigDecimal sum(long walletId);

  /**
   * Appends a row and moves the balance by its amount. Empty, and nothing moved, when the unique
   * reference was booked already (by a retry or a concurrent request).
   */
  Optional<Long> append(
      long walletId,
      LedgerEntryType type,
      BigDecimal amount,
      String reference,
      LedgerText text,
      String actor,
      Instant at);

  Optional<LedgerEntry> entry(long entryId);

  /** The wallet's rows, newest first. */
  Page<LedgerEntry> entries(long walletId, PageRequest page);

  List<LedgerEntry> latestEntries(long walletId, int limit);

  /**
   * The wallet's hourly usage charges from {@code from} on, summed per day of {@code zone}'s
   * calendar, oldest first; days without charges are left out.
   */
  List<DailyUsage> dailyUsage(long walletId, Instant from, ZoneId zone);

  /** What the wallet was charged for one server's hours and its snapshots' from {@code from} on. */
  BigDecimal serverUsageSince(long walletId, long serverId, Instant from);

  /** The server and hour of each of these usage charges, by charge id. */
  Map<Long, UsagePeriod> usagePeriods(Collection<Long> chargeIds);

  /** The wallets whose balance differs from the sum of their ledger, by id. */
  List<LedgerDrift> drift();
}
