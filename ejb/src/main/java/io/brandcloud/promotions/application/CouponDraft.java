package io.brandcloud.promotions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A new coupon as staff type it, unchecked: {@code kind} is {@code percent} or {@code fixed},
 * {@code duration} {@code once}, {@code repeating} (for {@code cycles} terms) or {@code forever};
 * empty product and cycle lists mean all; {@code maxRedemptions} null is no limit; {@code
 * stackable} lets an order combine it with other stackable coupons.
 */
public record CouponDraft(
    String code,
    String description,
    String kind,
    BigDecimal value,
    String duration,
    Integer cycles,
    List<Long> productIds,
    List<String> billingCycles,
    Boolean newCustomersOnly,
    Integer maxRedemptions,
    Integer maxPerCustomer,
    Instant startsAt,
    Instant expiresAt,
    Boolean stackable) {}
