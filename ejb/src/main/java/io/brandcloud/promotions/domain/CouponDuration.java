package io.brandcloud.promotions.domain;

/** Which of a subscription's paid terms a coupon discounts. */
public enum CouponDuration {
  /** The first paid term only. */
  ONCE,
  /** The first {@code cycles} paid terms. */
  REPEATING,
  /** Every paid term. */
  FOREVER
}
