package io.brandcloud.subscriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Something that happened to a subscription, with what it cost (negative: given back). */
@Entity
@Table(name = "subscription_events")
public class SubscriptionEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subscription_id", nullable = false)
  private long subscriptionId;

  @Column(nullable = false)
  private String kind;

  @Column(precision = 19, scale = 6)
  private BigDecimal amount;

  @Column(nullable = false)
  private String detail;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubscriptionEvent() {}

  public SubscriptionEvent(
      long subscriptionId,
      String kind,
      BigDecimal amount,
      String detail,
      String createdBy,
      Instant now) {
    this.subscriptionId = subscriptionId;
    this.kind = kind;
    this.amount = amount;
    this.detail = detail;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public String kind() {
    return kind;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String detail() {
    return detail;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
