package io.brandcloud.promotions.application;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.promotions.domain.CouponRedemption;
import io.brandcloud.promotions.domain.CouponRefusal;
import io.brandcloud.promotions.domain.CouponRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Coupons as orders and terms meet them, in the caller's transaction (the caller checked who may
 * order): a typed code is checked for the order, redeemed on the new subscription, and each paid
 * term asks what it takes off. A redeemed coupon keeps discounting the terms it was redeemed for,
 * even once staff withdraw it or it expires; a change to a product or cycle it is not valid for
 * pauses its discount without using up a term.
 */
@ApplicationScoped
public class CouponRedemptions {

  @Inject CouponRepository coupons;
  @Inject ApplicationClock clock;
  @EJB CouponGuesses guesses;

  /**
   * The coupon a customer typed, valid for this order, locked until the order commits; refused
   * (400, field {@code coupon}) with the reason, or 429 while the organisation guessed too often.
   */
  public Coupon requireFor(
      long organisationId,
      String typedCode,
      long productId,
      BillingCycle cycle,
      boolean newCustomer) {
    String code = Validation.requireText("coupon", typedCode, 40);
    guesses.requireUnlocked(organisationId);
    Optional<Coupon> found = coupons.byCodeForUpdate(code);
    if (found.isEmpty()) {
      guesses.miss(organisationId);
      throw BrandcloudException.invalid("coupon", "There is no coupon " + code);
    }
    Coupon coupon = found.get();
    Optional<CouponRefusal> refusal = coupon.refusalAt(clock.now());
    if (refusal.isEmpty()
        && coupons.redemptionsBy(coupon.id(), organisationId) >= coupon.maxPerCustomer()) {
      refusal = Optional.of(CouponRefusal.USED_BY_YOU);
    }
    if (refusal.isEmpty() && coupon.newCustomersOnly() && !newCustomer) {
      refusal = Optional.of(CouponRefusal.NEW_CUSTOMERS_ONLY);
    }
    if (refusal.isEmpty() && !coupon.appliesTo(productId, cycle)) {
      refusal = Optional.of(CouponRefusal.NOT_FOR_THIS);
    }
    refusal.ifPresent(
        reason -> {
          throw BrandcloudException.invalid("coupon", reason.message(coupon.code()));
        });
    return coupon;
  }

  /** The coupon now belongs to the new subscription. */
  public void redeem(Coupon coupon, long organisationId, long subscriptionId) {
    coupons.add(new CouponRedemption(coupon, organisationId, subscriptionId, clock.now()));
    coupon.redeemed();
  }

  /** What the subscription's coupon takes off the next paid term at {@code price}, if anything. */
  public Optional<Discount> discount(
      long subscriptionId, long productId, BillingCycle cycle, Money price) {
    return coupons
        .redemptionOf(subscriptionId)
        .filter(CouponRedemption::hasTermsLeft)
        .flatMap(r -> coupons.find(r.couponId()))
        .filter(c -> c.appliesTo(productId, cycle))
        .map(c -> new Discount(c.discountOn(price), c.code()))
        .filter(d -> d.amount().isPositive());
  }

  /** What a new order's first paid term takes off, for a preview. */
  public Discount discountOn(Coupon coupon, Money price) {
    return new Discount(coupon.discountOn(price), coupon.code());
  }

  /** A paid term took the subscription's discount. */
  public void used(long subscriptionId) {
    coupons.redemptionOf(subscriptionId).ifPresent(CouponRedemption::usedOnce);
  }
}
