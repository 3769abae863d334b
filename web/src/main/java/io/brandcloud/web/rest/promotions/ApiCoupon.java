package io.brandcloud.web.rest.promotions;

import io.brandcloud.promotions.application.CouponView;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.util.List;

/**
 * A coupon on the wire: {@code percentOff} (a decimal string) or {@code amountOff} is set, after
 * its kind; {@code cycles} only for a repeating one; empty lists mean all products and cycles.
 */
public record ApiCoupon(
    long id,
    String code,
    String description,
    String kind,
    String percentOff,
    ApiMoney amountOff,
    String duration,
    Integer cycles,
    List<Long> productIds,
    List<String> billingCycles,
    boolean newCustomersOnly,
    Integer maxRedemptions,
    int maxPerCustomer,
    int redemptions,
    Instant startsAt,
    Instant expiresAt,
    boolean active,
    boolean stackable) {

  static ApiCoupon of(CouponView c) {
    return new ApiCoupon(
        c.id(),
        c.code(),
        c.description(),
        c.kind(),
        c.percentOff() == null ? null : c.percentOff().toPlainString(),
        c.amountOff() == null ? null : ApiMoney.of(c.amountOff()),
        c.duration(),
        c.cycles(),
        c.productIds(),
        c.billingCycles(),
        c.newCustomersOnly(),
        c.maxRedemptions(),
        c.maxPerCustomer(),
        c.redemptions(),
        c.startsAt(),
        c.expiresAt(),
        c.active(),
        c.stackable());
  }
}
