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
 */
public record ScreeningFacts(
    String disposableDomain,
    String network,
    long recentFromNetwork,
    Money firstOrderValue,
    List<Block> blocks) {

  public ScreeningFacts {
    blocks = List.copyOf(blocks);
  }
}
