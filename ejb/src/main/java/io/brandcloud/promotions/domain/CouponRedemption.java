package io.brandcloud.promotions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A coupon used on one subscription: it discounts the subscription's paid terms while it has terms
 * left ({@code termsLeft} empty: every term).
 */
@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coupon_id", nullable = false)
  private long couponId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "subscription_id", nullable = false)
  private long subscriptionId;

  @Column(name = "terms_left")
  private Integer termsLeft;

  @Column(name = "redeemed_at", nullable = false)
  private Instant redeemedAt;

  protected CouponRedemption() {}

  public CouponRedemption(Coupon coupon, long organisationId, long subscriptionId, Instant now) {
    this.couponId = coupon.id();
    this.organisationId = organisationId;
    this.subscriptionId = subscriptionId;
    this.termsLeft = coupon.termsForNewRedemption().orElse(null);
    this.redeemedAt = now;
  }

  public long couponId() {
    return couponId;
  }

  public long subscriptionId() {
    return subscriptionId;
  }

  public Optional<Integer> termsLeft() {
    return Optional.ofNullable(termsLeft);
  }

  public boolean hasTermsLeft() {
    return termsLeft == null || termsLeft > 0;
  }

  /** A paid term took its discount. */
  public void usedOnce() {
    if (termsLeft != null && termsLeft > 0) {
      termsLeft--;
    }
  }
}
