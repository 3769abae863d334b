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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  static final int MAX_PER_ORDER = 5;

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

  /**
   * The coupons typed with an order (codes separated by commas or spaces, at most {@value
   * #MAX_PER_ORDER}), each checked as {@link #requireFor} does; more than one only when every one
   * of them stacks (400, field {@code coupon}, otherwise).
   */
  public List<Coupon> requireAllFor(
      long organisationId,
      String typedCodes,
      long productId,
      BillingCycle cycle,
      boolean newCustomer) {
    List<String> codes =
        Arrays.stream(Validation.requireText("coupon", typedCodes, 250).split("[,\\s]+"))
            .filter(c -> !c.isEmpty())
            .map(c -> c.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
    if (codes.size() > MAX_PER_ORDER) {
      throw BrandcloudException.invalid(
          "coupon", "An order takes at most " + MAX_PER_ORDER + " coupons");
    }
    List<Coupon> coupons = new ArrayList<>();
    for (String code : codes) {
      coupons.add(requireFor(organisationId, code, productId, cycle, newCustomer));
    }
    if (coupons.size() > 1) {
      coupons.stream()
          .filter(c -> !c.stackable())
          .findFirst()
          .ifPresent(
              alone -> {
                throw BrandcloudException.invalid(
                    "coupon", "The coupon " + alone.code() + " cannot be combined with another");
              });
    }
    return coupons;
  }

  /** The coupon now belongs to the new subscription. */
  public void redeem(Coupon coupon, long organisationId, long subscriptionId) {
    coupons.add(new CouponRedemption(coupon, organisationId, subscriptionId, clock.now()));
    coupon.redeemed();
  }

  /**
   * What the subscription's coupons take off the next paid term at {@code price}, each from what
   * the ones before it left, in the order they were redeemed; none that takes nothing.
   */
  public List<Discount> discounts(
      long subscriptionId, long productId, BillingCycle cycle, Money price) {
    List<Coupon> applying =
        coupons.redemptionsOf(subscriptionId).stream()
            .filter(CouponRedemption::hasTermsLeft)
            .flatMap(r -> coupons.find(r.couponId()).stream())
            .filter(c -> c.appliesTo(productId, cycle))
            .toList();
    return discountsOn(applying, price);
  }

  /** What coupons take off a price, each from what the ones before it left: for a preview. */
  public List<Discount> discountsOn(List<Coupon> applying, Money price) {
    List<Discount> discounts = new ArrayList<>();
    Money left = price;
    for (Coupon coupon : applying) {
      Money off = coupon.discountOn(left);
      if (off.isPositive()) {
        discounts.add(new Discount(off, coupon.code()));
        left = left.minus(off);
      }
    }
    return discounts;
  }

  /** A paid term took these discounts: each of their coupons used one of its terms. */
  public void used(long subscriptionId, List<Discount> taken) {
    List<String> codes = taken.stream().map(Discount::code).toList();
    coupons.redemptionsOf(subscriptionId).stream()
        .filter(r -> coupons.find(r.couponId()).map(c -> codes.contains(c.code())).orElse(false))
        .forEach(CouponRedemption::usedOnce);
  }
}
