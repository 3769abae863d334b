package io.brandcloud.promotions.domain;

import io.brandcloud.catalog.domain.BillingCycle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** What staff set when they create a coupon, checked already. */
public record CouponTerms(
    String code,
    String description,
    CouponKind kind,
    BigDecimal value,
    CouponDuration duration,
    Integer cycles,
    Set<Long> productIds,
    Set<BillingCycle> billingCycles,
    boolean newCustomersOnly,
    Integer maxRedemptions,
    int maxPerCustomer,
    Instant startsAt,
    Instant expiresAt,
    boolean stackable) {}
