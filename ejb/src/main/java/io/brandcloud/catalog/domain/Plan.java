package io.brandcloud.catalog.domain;

import io.brandcloud.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A server plan a tenant sells, priced from its provider's plan plus the markup. */
@Entity
@Table(name = "plans")
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "connection_id", nullable = false)
  private long connectionId;

  @Column(name = "provider_plan_code", nullable = false)
  private String providerPlanCode;

  @Column(name = "provider_monthly_cost", nullable = false, precision = 19, scale = 6)
  private BigDecimal providerMonthlyCost;

  @Column(name = "markup_percent", nullable = false, precision = 7, scale = 2)
  private BigDecimal markupPercent;

  @Column(name = "monthly_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal monthlyPrice;

  @Column(name = "hourly_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal hourlyPrice;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "backup_monthly_price")
  private BigDecimal backupMonthlyPrice;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Plan() {}

  public Plan(
      String name, long connectionId, String providerPlanCode, PlanPricing pricing, Instant now) {
    this.name = name;
    this.connectionId = connectionId;
    this.providerPlanCode = providerPlanCode;
    this.providerMonthlyCost = pricing.providerMonthlyCost().amount();
    this.markupPercent = pricing.markupPercent();
    this.monthlyPrice = pricing.monthlyPrice().amount();
    this.hourlyPrice = pricing.hourlyPrice().amount();
    this.currency = pricing.providerMonthlyCost().currency().getCurrencyCode();
    this.active = true;
    this.createdAt = now;
  }

  /** A new markup: the list prices follow, from now on for new servers. */
  public void reprice(BigDecimal newMarkupPercent) {
    PlanPricing pricing = new PlanPricing(providerMonthlyCost(), newMarkupPercent);
    this.markupPercent = newMarkupPercent;
    this.monthlyPrice = pricing.monthlyPrice().amount();
    this.hourlyPrice = pricing.hourlyPrice().amount();
  }

  /**
   * Offered for new servers or not any more; servers already on the plan run on and pay as before.
   */
  public void offer(boolean offered) {
    this.active = offered;
  }

  public void offerBackups(BigDecimal monthlyPrice) {
    this.backupMonthlyPrice = monthlyPrice;
  }

  /** The backup add-on's monthly price, if the plan offers backups. */
  public java.util.Optional<Money> backupMonthlyPrice() {
    return java.util.Optional.ofNullable(backupMonthlyPrice)
        .map(p -> new Money(p, java.util.Currency.getInstance(currency)));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public long connectionId() {
    return connectionId;
  }

  public String providerPlanCode() {
    return providerPlanCode;
  }

  public Money providerMonthlyCost() {
    return new Money(providerMonthlyCost, Currency.getInstance(currency));
  }

  public BigDecimal markupPercent() {
    return markupPercent;
  }

  public Money monthlyPrice() {
    return new Money(monthlyPrice, Currency.getInstance(currency));
  }

  public Money hourlyPrice() {
    return new Money(hourlyPrice, Currency.getInstance(currency));
  }

  public boolean active() {
    return active;
  }
}
