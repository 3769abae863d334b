package io.brandcloud.promotions.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CouponRepository {

  void add(Coupon coupon);

  Optional<Coupon> find(long couponId);

  /** By its code in any case, locked so two orders cannot both take its last use. */
  Optional<Coupon> byCodeForUpdate(String code);

  boolean codeTaken(String code);

  List<Coupon> all();

  void add(CouponRedemption redemption);

  /** The subscription's coupons, in the order they were redeemed. */
  List<CouponRedemption> redemptionsOf(long subscriptionId);

  /** How often the organisation redeemed the coupon. */
  long redemptionsBy(long couponId, long organisationId);

  /** Counts a wrong code typed for the organisation; answers the wrong codes in a row. */
  int countMiss(long organisationId, Instant now, Instant quietSince);

  /** Locks the organisation's guessing until {@code until}. */
  void lockGuessing(long organisationId, Instant until);

  Optional<Instant> guessingLockedUntil(long organisationId);
}
