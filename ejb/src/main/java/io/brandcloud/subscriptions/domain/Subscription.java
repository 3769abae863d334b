package io.brandcloud.subscriptions.domain;

import io.brandcloud.catalog.domain.BillingCycle;
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
import java.time.LocalDate;
import java.util.Optional;

/**
 * An organisation's subscription to a product at one version of its price. Its terms are counted
 * from the anchor day ({@link Term#of}); it is paid up to, not including, {@link #paidUntil()}.
 */
@Entity
@Table(name = "subscriptions")
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "product_id", nullable = false)
  private long productId;

  @Column(name = "price_id", nullable = false)
  private long priceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(nullable = false)
  private LocalDate anchor;

  @Column(name = "term_index", nullable = false)
  private int termIndex;

  @Column(nullable = false)
  private int generation;

  @Column(name = "paid_until", nullable = false)
  private LocalDate paidUntil;

  @Column(name = "auto_renew", nullable = false)
  private boolean autoRenew;

  @Column(name = "cancel_at_term_end", nullable = false)
  private boolean cancelAtTermEnd;

  @Column(name = "pending_price_id")
  private Long pendingPriceId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "attached_server_id")
  private Long attachedServerId;

  @Column(name = "next_price_id")
  private Long nextPriceId;

  @Column(name = "next_price_from")
  private LocalDate nextPriceFrom;

  @Column(name = "order_reference", nullable = false)
  private String orderReference;

  @Column(name = "term_discount", nullable = false, precision = 19, scale = 6)
  private BigDecimal termDiscount = BigDecimal.ZERO;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected Subscription() {}

  /** Paid for its first term from {@code today}. */
  public static Subscription paid(
      long organisationId,
      long productId,
      long priceId,
      BillingCycle cycle,
      LocalDate today,
      String orderReference,
      Instant now) {
    Subscription subscription =
        new Subscription(organisationId, productId, priceId, orderReference, now);
    subscription.status = SubscriptionStatus.ACTIVE;
    subscription.anchor = today;
    subscription.paidUntil = Term.of(today, cycle, 0).end();
    return subscription;
  }

  /** Free until {@code trialEnds}, when its first term begins and is charged. */
  public static Subscription trial(
      long organisationId,
      long productId,
      long priceId,
      LocalDate trialEnds,
      String orderReference,
      Instant now) {
    Subscription subscription =
        new Subscription(organisationId, productId, priceId, orderReference, now);
    subscription.status = SubscriptionStatus.TRIAL;
    subscription.anchor = trialEnds;
    subscription.termIndex = -1;
    subscription.paidUntil = trialEnds;
    return subscription;
  }

  private Subscription(
      long organisationId, long productId, long priceId, String orderReference, Instant now) {
    this.organisationId = organisationId;
    this.productId = productId;
    this.priceId = priceId;
    this.orderReference = orderReference;
    this.createdAt = now;
    this.autoRenew = true;
  }

  public long id() {
    return id;
  }

  public long organisationId() {
    return organisationId;
  }

  public long productId() {
    return productId;
  }

  public long priceId() {
    return priceId;
  }

  public SubscriptionStatus status() {
    return status;
  }

  /** How often it moved to another price. */
  public int generation() {
    return generation;
  }

  public LocalDate anchor() {
    return anchor;
  }

  public LocalDate paidUntil() {
    return paidUntil;
  }

  public boolean autoRenew() {
    return autoRenew;
  }

  public boolean cancelAtTermEnd() {
    return cancelAtTermEnd;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  /** The subscription an add-on hangs on: it ends when that one ends. */
  public Optional<Long> parentId() {
    return Optional.ofNullable(parentId);
  }

  public void attachTo(long parentId) {
    this.parentId = parentId;
  }

  /** Whether it hangs on something: another subscription or an hourly server. */
  public boolean isAddOn() {
    return parentId != null || attachedServerId != null;
  }

  /** The hourly server an add-on hangs on: it is cancelled when that server is deleted. */
  public Optional<Long> attachedServerId() {
    return Optional.ofNullable(attachedServerId);
  }

  public void attachToServer(long serverId) {
    this.attachedServerId = serverId;
  }

  /** The term paid now; empty during a trial. */
  public Optional<Term> currentTerm(BillingCycle cycle) {
    return termIndex < 0 ? Optional.empty() : Optional.of(Term.of(anchor, cycle, termIndex));
  }

  /** The term the next renewal pays: the first after a trial, else the one after the current. */
  public Term nextTerm(BillingCycle cycle) {
    return Term.of(anchor, cycle, termIndex + 1);
  }

  /** Whether a renewal is due on {@code today}: its paid time is over and it goes on. */
  public boolean renewalDue(LocalDate today) {
    return !status.over() && !paidUntil.isAfter(today);
  }

  /** What a coupon took off the price of the term paid now. */
  public BigDecimal termDiscount() {
    return termDiscount;
  }

  /** A term was paid with {@code discount} off its price; it is the term paid now once it runs. */
  public void paidWithDiscount(BigDecimal discount) {
    this.termDiscount = discount;
  }

  /** Its next term was paid. */
  public void renewed(Term term) {
    termIndex = term.index();
    paidUntil = term.end();
    status = SubscriptionStatus.ACTIVE;
  }

  /** Its paid time ran out and the next term could not be paid. */
  public void pastDue() {
    status = SubscriptionStatus.PAST_DUE;
  }

  /** Unpaid past the tenant's grace period. */
  public void suspend() {
    status = SubscriptionStatus.SUSPENDED;
  }

  /**
   * Moved to another price (another product's or another cycle's), its first term paid from {@code
   * today}: the old term's unused part was credited.
   */
  public void movedTo(long productId, long priceId, BillingCycle cycle, LocalDate today) {
    this.productId = productId;
    this.priceId = priceId;
    this.generation++;
    this.anchor = today;
    this.termIndex = 0;
    this.paidUntil = Term.of(today, cycle, 0).end();
    this.status = SubscriptionStatus.ACTIVE;
    this.cancelAtTermEnd = false;
    this.pendingPriceId = null;
    this.nextPriceId = null;
    this.nextPriceFrom = null;
  }

  public void cancelAtTermEnd(boolean cancel) {
    this.cancelAtTermEnd = cancel;
    if (cancel) {
      pendingPriceId = null;
    }
  }

  /** The price the next term is paid at, where a change waits for the end of this one. */
  public Optional<Long> pendingPriceId() {
    return Optional.ofNullable(pendingPriceId);
  }

  /** The price staff moved it to, paid by the terms that start on or after {@code from}. */
  public void moveToPrice(long priceId, LocalDate from) {
    this.nextPriceId = priceId;
    this.nextPriceFrom = from;
  }

  /** The price staff moved it to, if the term starting on {@code termStart} pays it. */
  public Optional<Long> nextPriceFor(LocalDate termStart) {
    return nextPriceId == null || termStart.isBefore(nextPriceFrom)
        ? Optional.empty()
        : Optional.of(nextPriceId);
  }

  public Optional<Long> nextPriceId() {
    return Optional.ofNullable(nextPriceId);
  }

  public Optional<LocalDate> nextPriceFrom() {
    return Optional.ofNullable(nextPriceFrom);
  }

  /**
   * Pays another price of the same billing cycle from its next term, its anchor kept: a term that
   * started on the 31st goes on renewing at the end of each month.
   */
  public void repriced(long productId, long priceId) {
    this.productId = productId;
    this.priceId = priceId;
    this.pendingPriceId = null;
    this.nextPriceId = null;
    this.nextPriceFrom = null;
  }

  /** A change to take effect when this term ends; null takes a waiting one back. */
  public void changeAtTermEnd(Long priceId) {
    this.pendingPriceId = priceId;
    if (priceId != null) {
      cancelAtTermEnd = false;
    }
  }

  public void autoRenew(boolean renew) {
    this.autoRenew = renew;
  }

  /** Over: cancelled by someone, or ended when a term ran out unrenewed. */
  public void end(SubscriptionStatus how, LocalDate lastDay, Instant now) {
    if (!how.over()) {
      throw new IllegalArgumentException(how + " does not end a subscription");
    }
    this.status = how;
    this.paidUntil = lastDay;
    this.endedAt = now;
  }
}
