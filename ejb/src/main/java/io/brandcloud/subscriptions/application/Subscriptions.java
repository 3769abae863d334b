package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.subscriptions.domain.Proration;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An organisation's subscriptions, paid from its prepaid wallet: order one (its set-up fee and
 * first term paid at once, or a free trial first), change it with a preview (now: the unused part
 * given back and a new term paid from today; or at the end of the term), cancel it (at the end of
 * the term, or now with the unused part given back). Days count in the tenant's time zone.
 */
@Stateless
public class Subscriptions {

  @Inject SubscriptionRepository subscriptions;
  @Inject ProductRepository products;
  @Inject SubscriptionLedger ledger;
  @Inject SubscriptionViews views;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @EJB Wallets wallets;

  /**
   * Orders a product for a billing cycle. The reference makes a retry return the first order; the
   * wallet pays the set-up fee and first term now (refused when it cannot), or nothing until a free
   * trial ends.
   */
  public SubscriptionView order(
      long organisationId, long productId, String cycle, String reference) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    String orderReference =
        organisationId + ":" + Validation.requireText("reference", reference, 60);
    // a retry sent while the first is under way waits here, then finds the first order
    wallets.holdForPayment(organisationId);
    var earlier = subscriptions.byOrderReference(orderReference);
    if (earlier.isPresent()) {
      return views.of(earlier.get());
    }
    Product product = onSale(productId);
    ProductPrice price = currentPrice(productId, BillingCycle.parse("cycle", cycle));
    LocalDate today = today();
    String actor = CurrentCaller.require().name();
    if (price.trialDays() > 0) {
      Subscription trial =
          Subscription.trial(
              organisationId,
              productId,
              price.id(),
              today.plusDays(price.trialDays()),
              orderReference,
              clock.now());
      subscriptions.add(trial);
      ledger.record(
          trial, "ordered", null, product.name() + ", free until " + trial.anchor(), actor);
      return views.of(trial);
    }
    Subscription subscription =
        Subscription.paid(
            organisationId,
            productId,
            price.id(),
            price.cycle(),
            today,
            orderReference,
            clock.now());
    subscriptions.add(subscription);
    ledger.record(subscription, "ordered", null, product.name(), actor);
    Term first = subscription.currentTerm(price.cycle()).orElseThrow();
    if (!ledger.payTerm(subscription, price, first, true, product.name(), actor)) {
      throw notCovered(organisationId, price.amount(currency()).plus(price.setupFee(currency())));
    }
    return views.of(subscription);
  }

  public List<SubscriptionView> ofOrganisation(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return subscriptions.ofOrganisation(organisationId).stream().map(views::of).toList();
  }

  public SubscriptionView subscription(long organisationId, long subscriptionId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return views.of(read(organisationId, subscriptionId));
  }

  /** What changing to {@code cycle} of {@code productId} costs, now or at the end of the term. */
  public ChangePreview previewChange(
      long organisationId, long subscriptionId, long productId, String cycle, boolean now) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Subscription subscription = read(organisationId, subscriptionId);
    return preview(subscription, changeTarget(subscription, productId, cycle, now), now);
  }

  /**
   * Changes the subscription as {@link #previewChange} says; refused if the wallet cannot pay, or,
   * where the caller says what the preview showed as due ({@code expectedDue}, may be null), if the
   * change now costs something else (a price changed meanwhile).
   */
  public SubscriptionView change(
      long organisationId,
      long subscriptionId,
      long productId,
      String cycle,
      boolean now,
      BigDecimal expectedDue) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    Subscription subscription = find(organisationId, subscriptionId);
    ProductPrice target = changeTarget(subscription, productId, cycle, now);
    Product product = onSale(productId);
    String actor = CurrentCaller.require().name();
    if (!now || subscription.currentTerm(price(subscription).cycle()).isEmpty()) {
      subscription.changeAtTermEnd(target.id());
      ledger.record(
          subscription,
          "change_asked",
          null,
          product.name() + ", " + target.cycle().wireName() + " from " + subscription.paidUntil(),
          actor);
      return views.of(subscription);
    }
    ChangePreview preview = preview(subscription, target, true);
    if (expectedDue != null && preview.due().amount().compareTo(expectedDue) != 0) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The change now costs "
              + preview.due().display()
              + ", not what the preview said: look at it again");
    }
    ProductPrice current = price(subscription);
    Term term = subscription.currentTerm(current.cycle()).orElseThrow();
    LocalDate today = today();
    ledger.credit(
        subscription,
        current,
        term,
        preview.credit(),
        views.productName(subscription.productId()),
        actor);
    subscription.movedTo(productId, target.id(), target.cycle(), today);
    Term first = subscription.currentTerm(target.cycle()).orElseThrow();
    if (!ledger.payTerm(subscription, target, first, false, product.name(), actor)) {
      throw notCovered(organisationId, preview.due());
    }
    ledger.record(subscription, "changed", null, product.name(), actor);
    return views.of(subscription);
  }

  /**
   * Cancels at the end of the paid term (it runs until then), or now with the unused part of the
   * term given back to the wallet.
   */
  public SubscriptionView cancel(long organisationId, long subscriptionId, boolean now) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    Subscription subscription = requireGoingOn(find(organisationId, subscriptionId));
    String actor = CurrentCaller.require().name();
    if (!now) {
      subscription.cancelAtTermEnd(true);
      ledger.record(
          subscription, "cancel_asked", null, "ends on " + subscription.paidUntil(), actor);
      return views.of(subscription);
    }
    ProductPrice current = price(subscription);
    LocalDate today = today();
    Money unused = unusedToday(subscription, current, today);
    subscription
        .currentTerm(current.cycle())
        .ifPresent(
            term ->
                ledger.credit(
                    subscription,
                    current,
                    term,
                    unused,
                    views.productName(subscription.productId()),
                    actor));
    LocalDate paidUntil = subscription.paidUntil();
    subscription.end(
        SubscriptionStatus.CANCELLED, today.isBefore(paidUntil) ? today : paidUntil, clock.now());
    ledger.record(subscription, "cancelled", null, "on " + today, actor);
    return views.of(subscription);
  }

  /** Whether the subscription renews when its term ends. */
  public SubscriptionView autoRenew(long organisationId, long subscriptionId, boolean renew) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    Subscription subscription = requireGoingOn(find(organisationId, subscriptionId));
    subscription.autoRenew(renew);
    ledger.record(
        subscription,
        renew ? "auto_renew_on" : "auto_renew_off",
        null,
        "",
        CurrentCaller.require().name());
    return views.of(subscription);
  }

  private ChangePreview preview(Subscription subscription, ProductPrice target, boolean now) {
    Currency currency = currency();
    Money charge = target.amount(currency);
    ProductPrice current = price(subscription);
    var term = subscription.currentTerm(current.cycle());
    if (!now || term.isEmpty()) {
      LocalDate starts = subscription.paidUntil();
      return new ChangePreview(
          Money.zero(currency),
          Money.zero(currency),
          Money.zero(currency),
          starts,
          Term.of(starts, target.cycle(), 0).end(),
          false);
    }
    LocalDate today = today();
    Money credit = unusedToday(subscription, current, today);
    return new ChangePreview(
        credit, charge, charge.minus(credit), today, Term.of(today, target.cycle(), 0).end(), true);
  }

  /** What goes back of the current term if it ends today: nothing once it is over (unpaid). */
  private Money unusedToday(Subscription subscription, ProductPrice current, LocalDate today) {
    return subscription
        .currentTerm(current.cycle())
        .filter(term -> !today.isBefore(term.start()) && today.isBefore(term.end()))
        .map(term -> Proration.unusedCredit(current.amount(currency()), term, today))
        .orElse(Money.zero(currency()));
  }

  private ProductPrice changeTarget(
      Subscription subscription, long productId, String cycle, boolean now) {
    requireGoingOn(subscription);
    if (now && subscription.status().unpaid()) {
      // a new term from today would skip the days since the unpaid renewal
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The renewal due on " + subscription.paidUntil() + " is unpaid: top up first");
    }
    onSale(productId);
    ProductPrice target = currentPrice(productId, BillingCycle.parse("cycle", cycle));
    if (target.id() == subscription.priceId()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The subscription is on that product and cycle already");
    }
    return target;
  }

  private static Subscription requireGoingOn(Subscription subscription) {
    if (subscription.status().over()) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The subscription has ended");
    }
    return subscription;
  }

  /** One of the organisation's subscriptions, to read; another's is "not found". */
  private Subscription read(long organisationId, long subscriptionId) {
    return subscriptions
        .ofOrganisation(organisationId, subscriptionId)
        .orElseThrow(() -> BrandcloudException.notFound("Subscription " + subscriptionId));
  }

  private Subscription find(long organisationId, long subscriptionId) {
    return subscriptions
        .ofOrganisationForUpdate(organisationId, subscriptionId)
        .orElseThrow(() -> BrandcloudException.notFound("Subscription " + subscriptionId));
  }

  private Product onSale(long productId) {
    return products
        .find(productId)
        .filter(Product::active)
        .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
  }

  private ProductPrice currentPrice(long productId, BillingCycle cycle) {
    return products
        .currentPrice(productId, cycle)
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "cycle", "The product is not sold " + cycle.wireName().replace('_', '-')));
  }

  private ProductPrice price(Subscription subscription) {
    return products.price(subscription.priceId()).orElseThrow();
  }

  private BrandcloudException notCovered(long organisationId, Money due) {
    return new BrandcloudException(
        ErrorCode.INSUFFICIENT_FUNDS,
        wallets.balanceOf(organisationId).display(),
        "this order (" + due.display() + ")");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
  }

  private static Currency currency() {
    return CurrentTenant.require().currency();
  }
}
