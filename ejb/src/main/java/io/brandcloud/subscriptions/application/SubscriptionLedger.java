package io.brandcloud.subscriptions.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.WalletLine;
import io.brandcloud.billing.application.WalletPayment;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.promotions.application.CouponRedemptions;
import io.brandcloud.promotions.application.Discount;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionEnded;
import io.brandcloud.subscriptions.domain.SubscriptionEvent;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * What a subscription pays and gets back, and the record of it: every amount is a wallet ledger row
 * whose reference names the subscription, how often it moved, its price and the term's first day,
 * so a retry books nothing twice; every step is an event of the subscription and an audit entry.
 */
@ApplicationScoped
public class SubscriptionLedger {

  @EJB Wallets wallets;
  @Inject SubscriptionRepository subscriptions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject CouponRedemptions redemptions;
  @EJB Outbox outbox;

  /**
   * Pays a term (and the set-up fee where asked) at {@code price}, less what the subscription's
   * coupon takes off the term's price (a line of its own); false when not covered.
   */
  boolean payTerm(
      Subscription subscription,
      ProductPrice price,
      Term term,
      boolean withSetupFee,
      String productName,
      String actor) {
    Currency currency = CurrentTenant.require().currency();
    Money amount = price.amount(currency);
    Money fee = price.setupFee(currency);
    Money total = withSetupFee ? amount.plus(fee) : amount;
    String what =
        productName
            + ", "
            + price.cycle().wireName()
            + " term from "
            + term.start()
            + (withSetupFee && fee.isPositive() ? " with its set-up fee" : "");
    Optional<Discount> discount =
        redemptions.discount(subscription.id(), price.productId(), price.cycle(), amount);
    WalletPayment paid =
        wallets.payForSubscription(
            subscription.organisationId(),
            new WalletLine(total, what, reference(subscription, price, term, "term")),
            discount.map(
                d ->
                    new WalletLine(
                        d.amount(),
                        "Coupon " + d.code() + " on " + productName + ", term from " + term.start(),
                        reference(subscription, price, term, "discount"))),
            actor);
    if (paid == WalletPayment.NOT_COVERED) {
      return false;
    }
    if (paid == WalletPayment.PAID) {
      Money off = discount.map(Discount::amount).orElse(Money.zero(currency));
      subscription.paidWithDiscount(off.amount());
      discount.ifPresent(d -> redemptions.used(subscription.id()));
      record(
          subscription,
          "paid",
          total.minus(off).roundedToMinorUnit(),
          what + discount.map(d -> ", coupon " + d.code() + " " + d.amount().display()).orElse(""),
          actor);
    }
    return true;
  }

  /** What the subscription's coupon would take off a first term at {@code price}. */
  Money discountOn(Subscription subscription, ProductPrice price) {
    Money amount = price.amount(CurrentTenant.require().currency());
    return redemptions
        .discount(subscription.id(), price.productId(), price.cycle(), amount)
        .map(Discount::amount)
        .orElse(Money.zero(amount.currency()));
  }

  /** Gives back the unused part of a term, from {@code from} on. */
  void credit(
      Subscription subscription,
      ProductPrice price,
      Term term,
      Money credit,
      String productName,
      String actor) {
    if (!credit.isPositive()) {
      return;
    }
    String what = productName + ": the unused part of the term to " + term.end() + " given back";
    if (wallets.creditFromSubscription(
        subscription.organisationId(),
        credit,
        what,
        reference(subscription, price, term, "credit"),
        actor)) {
      record(subscription, "credited", credit.roundedToMinorUnit().negate(), what, actor);
    }
  }

  /** The subscription ended: recorded, and announced so what hangs on it ends too. */
  void ended(Subscription subscription, String kind, String detail, String actor) {
    record(subscription, kind, null, detail, actor);
    outbox.publish(new SubscriptionEnded(subscription.id(), subscription.organisationId()));
  }

  void record(
      Subscription subscription, String kind, BigDecimal amount, String detail, String actor) {
    subscriptions.record(
        new SubscriptionEvent(subscription.id(), kind, amount, detail, actor, clock.now()));
    audit.record(
        actor,
        "subscription." + kind,
        "subscription " + subscription.id(),
        amount == null ? detail : amount.toPlainString() + " " + detail);
  }

  private static String reference(
      Subscription subscription, ProductPrice price, Term term, String kind) {
    return "sub:"
        + subscription.id()
        + ":"
        + subscription.generation()
        + ":"
        + price.id()
        + ":"
        + term.start()
        + ":"
        + kind;
  }
}
