package io.brandcloud.promotions.domain;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A code customers type at order to take a discount off their subscription's terms. Empty product
 * and cycle sets mean every product and every cycle.
 */
@Entity
@Table(name = "coupons")
public class Coupon {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CouponKind kind;

  @Column(nullable = false, precision = 19, scale = 6)
  private BigDecimal value;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CouponDuration duration;

  @Column private Integer cycles;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "coupon_products", joinColumns = @JoinColumn(name = "coupon_id"))
  @Column(name = "product_id")
  private Set<Long> productIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "coupon_cycles", joinColumns = @JoinColumn(name = "coupon_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "cycle")
  private Set<BillingCycle> billingCycles = new HashSet<>();

  @Column(name = "new_customers_only", nullable = false)
  private boolean newCustomersOnly;

  @Column(nullable = false)
  private boolean stackable;

  @Column(name = "max_redemptions")
  private Integer maxRedemptions;

  @Column(name = "max_per_customer", nullable = false)
  private int maxPerCustomer;

  @Column(nullable = false)
  private int redemptions;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Coupon() {}

  public Coupon(CouponTerms terms, Instant now) {
    this.code = terms.code();
    this.description = terms.description();
    this.kind = terms.kind();
    this.value = terms.value();
    this.duration = terms.duration();
    this.cycles = terms.duration() == CouponDuration.REPEATING ? terms.cycles() : null;
    this.productIds = new HashSet<>(terms.productIds());
    this.billingCycles =
        terms.billingCycles().isEmpty()
            ? new HashSet<>()
            : new HashSet<>(EnumSet.copyOf(terms.billingCycles()));
    this.newCustomersOnly = terms.newCustomersOnly();
    this.stackable = terms.stackable();
    this.maxRedemptions = terms.maxRedemptions();
    this.maxPerCustomer = terms.maxPerCustomer();
    this.startsAt = terms.startsAt();
    this.expiresAt = terms.expiresAt();
    this.active = true;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public CouponKind kind() {
    return kind;
  }

  public BigDecimal value() {
    return value;
  }

  public CouponDuration duration() {
    return duration;
  }

  /** How many paid terms a repeating coupon discounts. */
  public Optional<Integer> cycles() {
    return Optional.ofNullable(cycles);
  }

  public Set<Long> productIds() {
    return Set.copyOf(productIds);
  }

  public Set<BillingCycle> billingCycles() {
    return billingCycles.isEmpty() ? Set.of() : EnumSet.copyOf(billingCycles);
  }

  public boolean newCustomersOnly() {
    return newCustomersOnly;
  }

  /** Whether an order may combine it with other stackable coupons. */
  public boolean stackable() {
    return stackable;
  }

  public Optional<Integer> maxRedemptions() {
    return Optional.ofNullable(maxRedemptions);
  }

  public int maxPerCustomer() {
    return maxPerCustomer;
  }

  public int redemptions() {
    return redemptions;
  }

  public Optional<Instant> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void offer(boolean offered) {
    this.active = offered;
  }

  /** Whether a term of {@code productId} sold {@code cycle} is discounted by it. */
  public boolean appliesTo(long productId, BillingCycle cycle) {
    return (productIds.isEmpty() || productIds.contains(productId))
        && (billingCycles.isEmpty() || billingCycles.contains(cycle));
  }

  /** Why it cannot be redeemed at {@code now}, whoever asks; empty when it can. */
  public Optional<CouponRefusal> refusalAt(Instant now) {
    if (!active) {
      return Optional.of(CouponRefusal.WITHDRAWN);
    }
    if (startsAt != null && now.isBefore(startsAt)) {
      return Optional.of(CouponRefusal.NOT_YET);
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return Optional.of(CouponRefusal.EXPIRED);
    }
    if (maxRedemptions != null && redemptions >= maxRedemptions) {
      return Optional.of(CouponRefusal.USED_UP);
    }
    return Optional.empty();
  }

  /** How many paid terms a new redemption discounts; empty for every term. */
  public Optional<Integer> termsForNewRedemption() {
    return switch (duration) {
      case ONCE -> Optional.of(1);
      case REPEATING -> Optional.of(cycles);
      case FOREVER -> Optional.empty();
    };
  }

  public void redeemed() {
    redemptions++;
  }

  /** What it takes off a term's price: never more than the price, never below zero. */
  public Money discountOn(Money price) {
    BigDecimal off =
        switch (kind) {
          case PERCENT ->
              price
                  .amount()
                  .multiply(value)
                  .divide(
                      BigDecimal.valueOf(100),
                      Math.max(price.currency().getDefaultFractionDigits(), 0),
                      RoundingMode.HALF_UP);
          case FIXED -> value.min(price.amount());
        };
    return new Money(off.max(BigDecimal.ZERO), price.currency());
  }
}
