package io.brandcloud.catalog.domain;

import io.brandcloud.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * One version of a product's price for a billing cycle, in the tenant's currency. A new price is a
 * new version; the old one is closed and keeps serving the subscriptions sold at it.
 */
@Entity
@Table(name = "product_prices")
public class ProductPrice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id", nullable = false)
  private long productId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BillingCycle cycle;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false, precision = 19, scale = 6)
  private BigDecimal amount;

  @Column(name = "setup_fee", nullable = false, precision = 19, scale = 6)
  private BigDecimal setupFee;

  @Column(name = "trial_days", nullable = false)
  private int trialDays;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "valid_until")
  private Instant validUntil;

  protected ProductPrice() {}

  public ProductPrice(
      long productId,
      BillingCycle cycle,
      int version,
      BigDecimal amount,
      BigDecimal setupFee,
      int trialDays,
      Instant now) {
    this.productId = productId;
    this.cycle = cycle;
    this.version = version;
    this.amount = amount;
    this.setupFee = setupFee;
    this.trialDays = trialDays;
    this.validFrom = now;
  }

  public long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public BillingCycle cycle() {
    return cycle;
  }

  public int version() {
    return version;
  }

  public Money amount(Currency currency) {
    return new Money(amount, currency);
  }

  public Money setupFee(Currency currency) {
    return new Money(setupFee, currency);
  }

  public int trialDays() {
    return trialDays;
  }

  /** Whether new orders are sold at it; a closed price serves only what was sold before. */
  public boolean current() {
    return validUntil == null;
  }

  public Optional<Instant> validUntil() {
    return Optional.ofNullable(validUntil);
  }
}
