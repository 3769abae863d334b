package io.brandcloud.settings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What an organisation may order: at most {@code maxServers} servers and {@code maxMonthlySpend}
 * spent in a calendar month (null: no limit), and only {@code productIds} where {@code
 * productsLimited}. {@code own} says whether staff set the organisation's own limits or it follows
 * the tenant's defaults.
 */
public record QuotaLimits(
    Integer maxServers,
    BigDecimal maxMonthlySpend,
    boolean productsLimited,
    Set<Long> productIds,
    boolean own)
    implements Serializable {

  public boolean allowsProduct(long productId) {
    return !productsLimited || productIds.contains(productId);
  }
}
