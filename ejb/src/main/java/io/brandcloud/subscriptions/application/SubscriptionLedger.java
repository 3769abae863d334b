package io.brandcloud.subscriptions.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.WalletPayment;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionEvent;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

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

  /** Pays a term (and the set-up fee where asked) at {@code price}; false when not covered. */
  boolean payTerm(
      Subscription subscription,
      ProductPrice price,
      Term term,
      boolean withSetupFee,
      String productName,
      String actor) {
    Money amount = price.amount(CurrentTenant.require().currency());
    Money fee = price.setupFee(CurrentTenant.require().currency());
    Money total = withSetupFee ? amount.plus(fee) : amount;
    String what =
        productName
            + ", "
            + price.cycle().wireName()
            + " term from "
            + term.start()
            + (withSetupFee && fee.isPositive() ? " with its set-up fee" : "");
    WalletPayment paid =
        wallets.payForSubscription(
            subscription.organisationId(),
            total,
            what,
            reference(subscription, price, term, "term"),
            actor);
    if (paid == WalletPayment.NOT_COVERED) {
      return false;
    }
    if (paid == WalletPayment.PAID) {
      record(subscription, "paid", total.roundedToMinorUnit(), what, actor);
    }
    return true;
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
