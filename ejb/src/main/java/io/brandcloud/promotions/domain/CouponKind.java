package io.brandcloud.promotions.domain;

/** How a coupon takes its discount off a term's price. */
public enum CouponKind {
  /** A percentage of the price, rounded half-up to the currency's minor unit. */
  PERCENT,
  /** An amount in the tenant's currency, never more than the price. */
  FIXED
}
