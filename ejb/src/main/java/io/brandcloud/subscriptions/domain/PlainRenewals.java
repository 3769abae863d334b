package io.brandcloud.subscriptions.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Renews the plain due subscriptions in bulk: active, renewing, with no change, price move or
 * coupon waiting, whose wallet covers the next term. Everything else that is due is left for the
 * one-by-one renewal, which knows about trials, changes, coupons and dunning.
 */
public interface PlainRenewals {

  /** What one chunk did: subscriptions looked at, renewed, and the last id looked at. */
  record Chunk(int examined, int renewed, long lastId) {}

  /**
   * Renews up to {@code limit} plain subscriptions due on {@code today}, by id after {@code
   * afterId}, in the caller's transaction: each pays its next term from the wallet (a ledger row
   * whose reference is the term's, so a term is paid at most once), moves to the next term, and
   * records what it paid as the one-by-one renewal does.
   */
  Chunk renew(
      LocalDate today, long afterId, int limit, Instant now, String actor, int currencyDigits);
}
