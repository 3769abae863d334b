package io.brandcloud.promotions.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.identity.domain.LoginPolicy;
import io.brandcloud.promotions.domain.CouponRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong coupon codes, counted per organisation and locked as wrong passwords are: ten tries, then a
 * lock of 1, 2, 4 … minutes, at most an hour; a quiet hour forgets earlier misses. While locked, no
 * code is looked at, right or wrong.
 */
@Stateless
public class CouponGuesses {

  static final LoginPolicy POLICY = new LoginPolicy(10, Duration.ofMinutes(1), Duration.ofHours(1));

  @Inject CouponRepository coupons;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;

  /** Refuses (429) while the organisation's guessing is locked. */
  public void requireUnlocked(long organisationId) {
    Instant now = clock.now();
    coupons
        .guessingLockedUntil(organisationId)
        .filter(now::isBefore)
        .ifPresent(
            until -> {
              throw new BrandcloudException(
                  ErrorCode.RATE_LIMITED, Math.max(1, Duration.between(now, until).toSeconds()));
            });
  }

  /** Counts a wrong code in a transaction of its own: the order it came with is refused. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void miss(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Instant now = clock.now();
    int misses = coupons.countMiss(organisationId, now, now.minus(Duration.ofHours(1)));
    POLICY.lockFor(misses).ifPresent(lock -> coupons.lockGuessing(organisationId, now.plus(lock)));
  }
}
