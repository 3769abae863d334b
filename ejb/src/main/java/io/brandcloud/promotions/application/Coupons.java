package io.brandcloud.promotions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.promotions.domain.CouponDuration;
import io.brandcloud.promotions.domain.CouponKind;
import io.brandcloud.promotions.domain.CouponRepository;
import io.brandcloud.promotions.domain.CouponTerms;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The coupons staff who keep the catalog create and withdraw. A coupon's terms do not change once
 * created (orders were placed on them); staff withdraw it and create another.
 */
@Stateless
public class Coupons {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,39}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject CouponRepository coupons;
  @Inject ProductRepository products;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public CouponView create(CouponDraft draft) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    CouponTerms terms = check(draft);
    Coupon coupon = new Coupon(terms, clock.now());
    coupons.add(coupon);
    audit.record(null, "coupon.created", "coupon " + coupon.id(), coupon.code());
    return view(coupon);
  }

  /** Withdraws the coupon (no new orders take it; subscriptions keep theirs) or offers it again. */
  public CouponView offer(long couponId, boolean offered) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Coupon coupon = require(couponId);
    coupon.offer(offered);
    audit.record(
        null, offered ? "coupon.offered" : "coupon.withdrawn", "coupon " + couponId, coupon.code());
    return view(coupon);
  }

  public List<CouponView> all() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Map<Long, String> names = productNames();
    return coupons.all().stream()
        .map(c -> CouponView.of(c, names, CurrentTenant.require().currency()))
        .toList();
  }

  public CouponView coupon(long couponId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return view(require(couponId));
  }

  private CouponTerms check(CouponDraft draft) {
    if (draft == null) {
      throw BrandcloudException.invalid("body", "A coupon is required");
    }
    String code = Validation.requireText("code", draft.code(), 40);
    if (!CODE.matcher(code).matches()) {
      throw BrandcloudException.invalid(
          "code", "code is 3 to 40 letters, digits, '-' or '_', starting with a letter or digit");
    }
    if (coupons.codeTaken(code)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A coupon with the code " + code + " exists already");
    }
    CouponKind kind = Validation.requireChoice("kind", draft.kind(), CouponKind.class);
    BigDecimal value =
        kind == CouponKind.PERCENT
            ? Validation.requireDecimal("value", draft.value(), BigDecimal.ZERO, false, HUNDRED, 2)
            : Validation.requireAmount("value", draft.value(), CurrentTenant.require().currency());
    CouponDuration duration =
        Validation.requireChoice("duration", draft.duration(), CouponDuration.class);
    if (duration == CouponDuration.REPEATING
        && (draft.cycles() == null || draft.cycles() < 1 || draft.cycles() > 120)) {
      throw BrandcloudException.invalid(
          "cycles", "cycles is the number of terms discounted, 1 to 120");
    }
    if (duration != CouponDuration.REPEATING && draft.cycles() != null) {
      throw BrandcloudException.invalid("cycles", "cycles is for a repeating coupon only");
    }
    Integer max = draft.maxRedemptions();
    if (max != null && (max < 1 || max > 1_000_000)) {
      throw BrandcloudException.invalid(
          "maxRedemptions", "maxRedemptions is 1 to 1000000, or none for no limit");
    }
    int perCustomer = draft.maxPerCustomer() == null ? 1 : draft.maxPerCustomer();
    if (perCustomer < 1 || perCustomer > 1000) {
      throw BrandcloudException.invalid("maxPerCustomer", "maxPerCustomer is 1 to 1000");
    }
    Instant startsAt = draft.startsAt();
    Instant expiresAt = draft.expiresAt();
    if (expiresAt != null && !expiresAt.isAfter(startsAt == null ? clock.now() : startsAt)) {
      throw BrandcloudException.invalid(
          "expiresAt", "expiresAt is after startsAt and in the future");
    }
    return new CouponTerms(
        code,
        orEmpty(Validation.optionalText("description", draft.description(), 200)),
        kind,
        value,
        duration,
        draft.cycles(),
        productIds(draft.productIds()),
        billingCycles(draft.billingCycles()),
        Boolean.TRUE.equals(draft.newCustomersOnly()),
        max,
        perCustomer,
        startsAt,
        expiresAt,
        Boolean.TRUE.equals(draft.stackable()));
  }

  private Set<Long> productIds(List<Long> ids) {
    Set<Long> checked = new LinkedHashSet<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      if (id == null || products.find(id).isEmpty()) {
        throw BrandcloudException.invalid("productIds", "There is no product " + id);
      }
      checked.add(id);
    }
    return checked;
  }

  private static Set<BillingCycle> billingCycles(List<String> names) {
    Set<BillingCycle> checked = EnumSet.noneOf(BillingCycle.class);
    for (String name : names == null ? List.<String>of() : names) {
      checked.add(BillingCycle.parse("billingCycles", name));
    }
    return checked;
  }

  private Coupon require(long couponId) {
    return coupons
        .find(couponId)
        .orElseThrow(() -> BrandcloudException.notFound("Coupon " + couponId));
  }

  private CouponView view(Coupon coupon) {
    return CouponView.of(coupon, productNames(), CurrentTenant.require().currency());
  }

  private Map<Long, String> productNames() {
    return products.all().stream().collect(Collectors.toMap(Product::id, Product::name));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
