package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Money;
import java.util.List;

/**
 * What was found about one sign-up or order, before the policy weighs it.
 *
 * @param disposableDomain the listed disposable domain of the address, or null
 * @param network the client's /24 or /64, or null when the address is unknown
 * @param recentFromNetwork the checks of the same kind from that network in the past hour
 * @param firstOrderValue the monthly value of the organisation's first order, or the amount of its
 *     first top-up; null when this is neither
 * @param blocks the block-list entries that match
 * @param card the card a paid top-up was made with, or null
 */
public record ScreeningFacts(
    String disposableDomain,
    String network,
    long recentFromNetwork,
    Money firstOrderValue,
    List<Block> blocks,
    CardSeen card) {

  /**
   * The card of a paid top-up as screening sees it: where it was issued, the organisation's billing
   * country (either may be null), and how many other organisations paid with it.
   */
  public record CardSeen(String issuedIn, String billingCountry, long otherOrganisations) {}

  public ScreeningFacts {
    blocks = List.copyOf(blocks);
  }

  /** Facts without a card: a sign-up, an order, a top-up before its checkout. */
  public ScreeningFacts(
      String disposableDomain,
      String network,
      long recentFromNetwork,
      Money firstOrderValue,
      List<Block> blocks) {
    this(disposableDomain, network, recentFromNetwork, firstOrderValue, blocks, null);
  }

  /** Facts of a paid top-up's card alone, and the block on it, if any. */
  public static ScreeningFacts ofCard(CardSeen card, List<Block> blocks) {
    return new ScreeningFacts(null, null, 0, null, blocks, card);
  }
}
