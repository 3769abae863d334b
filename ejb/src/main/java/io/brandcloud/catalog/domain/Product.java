package io.brandcloud.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Something a tenant sells for a recurring prepaid term, priced per billing cycle. */
@Entity
@Table(name = "products")
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProductKind kind;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Column(name = "product_group", nullable = false)
  private String group;

  @Column(nullable = false)
  private boolean active;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_policy", nullable = false)
  private TimingPolicy changePolicy = TimingPolicy.ANY;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancel_policy", nullable = false)
  private TimingPolicy cancelPolicy = TimingPolicy.ANY;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "plan_id", updatable = false)
  private Long planId;

  protected Product() {}

  /** A cloud server product selling the plan {@code planId} for terms. */
  public static Product server(
      String name, String description, String group, long planId, Instant now) {
    Product product = new Product(ProductKind.SERVER, name, description, group, now);
    product.planId = planId;
    return product;
  }

  public Product(ProductKind kind, String name, String description, String group, Instant now) {
    this.kind = kind;
    this.name = name;
    this.description = description;
    this.group = group;
    this.active = true;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public ProductKind kind() {
    return kind;
  }

  /** The plan a server product sells; empty for the other kinds. */
  public Optional<Long> planId() {
    return java.util.Optional.ofNullable(planId);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String group() {
    return group;
  }

  /** Whether it takes new orders; its subscriptions run on either way. */
  public boolean active() {
    return active;
  }

  public void describe(String name, String description, String group) {
    this.name = name;
    this.description = description;
    this.group = group;
  }

  /** When its subscriptions change to another product or cycle. */
  public TimingPolicy changePolicy() {
    return changePolicy;
  }

  /** When its subscriptions cancel. */
  public TimingPolicy cancelPolicy() {
    return cancelPolicy;
  }

  public void policies(TimingPolicy change, TimingPolicy cancel) {
    this.changePolicy = change;
    this.cancelPolicy = cancel;
  }

  public void offer(boolean offered) {
    this.active = offered;
  }
}
