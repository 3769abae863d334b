package io.brandcloud.promotions.application;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.promotions.domain.CouponKind;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A coupon as staff see it: {@code percentOff} or {@code amountOff} is set, after its kind; the
 * products by name; {@code stackable} ones combine with each other in one order.
 */
public record CouponView(
    long id,
    String code,
    String description,
    String kind,
    BigDecimal percentOff,
    Money amountOff,
    String duration,
    Integer cycles,
    List<Long> productIds,
    List<String> productNames,
    List<String> billingCycles,
    boolean newCustomersOnly,
    Integer maxRedemptions,
    int maxPerCustomer,
    int redemptions,
    Instant startsAt,
    Instant expiresAt,
    boolean active,
    boolean stackable)
    implements Serializable {

  static CouponView of(Coupon c, Map<Long, String> productNames, Currency currency) {
    List<Long> products = c.productIds().stream().sorted().toList();
    return new CouponView(
        c.id(),
        c.code(),
        c.description(),
        c.kind().name().toLowerCase(Locale.ROOT),
        c.kind() == CouponKind.PERCENT ? c.value().stripTrailingZeros() : null,
        c.kind() == CouponKind.FIXED ? new Money(c.value(), currency) : null,
        c.duration().name().toLowerCase(Locale.ROOT),
        c.cycles().orElse(null),
        products,
        products.stream().map(id -> productNames.getOrDefault(id, "#" + id)).toList(),
        c.billingCycles().stream().sorted().map(BillingCycle::wireName).toList(),
        c.newCustomersOnly(),
        c.maxRedemptions().orElse(null),
        c.maxPerCustomer(),
        c.redemptions(),
        c.startsAt().orElse(null),
        c.expiresAt().orElse(null),
        c.active(),
        c.stackable());
  }
}
