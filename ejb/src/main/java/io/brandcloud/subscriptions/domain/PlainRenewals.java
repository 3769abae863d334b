package io.brandcloud.subscriptions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The plain due subscriptions, renewed in bulk: active, renewing, with no change, price move,
 * coupon or open invoice (a renewal invoiced ahead) waiting. Everything else that is due (and
 * whatever a wallet cannot pay) is left for the one-by-one renewal, which knows about trials,
 * changes, coupons and dunning.
 */
public interface PlainRenewals {

  /** A plain subscription due, and the term it renews for at its price. */
  record Due(
      long subscriptionId,
      long organisationId,
      long priceId,
      int generation,
      BigDecimal amount,
      String cycle,
      String productName,
      LocalDate termStart,
      LocalDate termEnd) {

    /** What the term's ledger row says. */
    public String what() {
      return termWhat(productName, cycle, termStart);
    }
  }

  /** What a term's ledger row says, in bulk or one by one. */
  static String termWhat(String productName, String cycle, LocalDate termStart) {
    return productName + ", " + cycle + " term from " + termStart;
  }

  /**
   * Up to {@code limit} plain subscriptions due on {@code today}, by id after {@code afterId},
   * locked until the transaction ends. Terms are counted from the anchor in whole months, as {@code
   * Term} counts them.
   */
  List<Due> due(LocalDate today, long afterId, int limit);

  /**
   * Moves the subscriptions whose next term was paid to that term and records what they paid as the
   * one-by-one renewal does, in the caller's transaction.
   */
  void advance(List<Due> renewed, Instant now, String actor, int currencyDigits);
}
