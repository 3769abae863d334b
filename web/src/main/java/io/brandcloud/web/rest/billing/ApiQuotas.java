package io.brandcloud.web.rest.billing;

import io.brandcloud.settings.QuotaLimits;
import java.util.List;

/**
 * Limits on the wire: null is no limit; {@code productIds} null is every product ({@code own}:
 * whether they are the customer's own or the tenant's defaults).
 */
public record ApiQuotas(
    Integer maxServers, String maxMonthlySpend, List<Long> productIds, boolean own) {

  static ApiQuotas of(QuotaLimits limits) {
    return new ApiQuotas(
        limits.maxServers(),
        limits.maxMonthlySpend() == null
            ? null
            : limits.maxMonthlySpend().stripTrailingZeros().toPlainString(),
        limits.productsLimited() ? limits.productIds().stream().sorted().toList() : null,
        limits.own());
  }
}
