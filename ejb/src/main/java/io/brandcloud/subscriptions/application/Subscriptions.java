package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.catalog.domain.TimingPolicy;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.subscriptions.domain.ServiceOrdered;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

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
  @Inject SubscriptionCancellation cancellation;
  @Inject OrderChecks checks;
  @EJB Outbox outbox;
  @EJB Wallets wallets;
  @EJB SubscriptionServers servers;
  @EJB FraudScreening screening;

  /**
   * Orders a product for a billing cycle, with a coupon code or none, an add-on attached to one of
   * the organisation's subscriptions. The reference makes a retry return the first order; the
   * wallet pays the set-up fee and first term (less the coupon's discount) now, refused when it
   * cannot, or nothing until a free trial ends.
   */
  public SubscriptionView order(long organisationId, SubscriptionOrder order) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    String orderReference =
        organisationId + ":" + Validation.requireText("reference", order.reference(), 60);
    // a retry sent while the first is under way waits here, then finds the first order
    wallets.holdForPayment(organisationId);
    var earlier = subscriptions.byOrderReference(orderReference);
    if (earlier.isPresent()) {
      return views.of(earlier.get());
    }
    LocalDate today = today();
    OrderChecks.Checked checked = checks.placing(organisationId, order, today);
    screening.screenOrderThatCannotWait(
        organisationId,
        monthly(checked.price()),
        checked.product().name() + ", " + checked.price().cycle().wireName());
    Product product = checked.product();
    ProductPrice price = checked.price();
    String actor = CurrentCaller.require().name();
    Subscription subscription =
        price.trialDays() > 0
            ? Subscription.trial(
                organisationId,
                product.id(),
                price.id(),
                today.plusDays(price.trialDays()),
                orderReference,
                clock.now())
            : Subscription.paid(
                organisationId,
                product.id(),
                price.id(),
                price.cycle(),
                today,
                orderReference,
                clock.now());
    checked.parent().ifPresent(p -> subscription.attachTo(p.id()));
    checked.attachedServer().ifPresent(subscription::attachToServer);
    subscriptions.add(subscription);
    checks.deliver(checked, subscription);
    if (product.kind() == ProductKind.SERVICE) {
      outbox.publish(new ServiceOrdered(subscription.id(), organisationId));
    }
    String what =
        product.name()
            + checked.parent().map(p -> ", on " + views.productName(p.productId())).orElse("")
            + checked.attachedServer().map(id -> ", on server " + id).orElse("")
            + checked.coupons().stream()
                .map(c -> ", coupon " + c.code())
                .collect(Collectors.joining());
    if (price.trialDays() > 0) {
      ledger.record(
          subscription, "ordered", null, what + ", free until " + subscription.anchor(), actor);
      return views.of(subscription);
    }
    ledger.record(subscription, "ordered", null, what, actor);
    Term first = subscription.currentTerm(price.cycle()).orElseThrow();
    if (!ledger.payTerm(subscription, price, first, true, product.name(), false, actor)) {
      throw notCovered(organisationId, checked.preview().due());
    }
    return views.of(subscription);
  }

  /** What a price comes to a month, without tax or a set-up fee, as fraud screening weighs it. */
  private static Money monthly(ProductPrice price) {
    Currency currency = CurrentTenant.require().currency();
    return new Money(
        price
            .amount(currency)
            .amount()
            .divide(BigDecimal.valueOf(price.cycle().months()), Money.SCALE, Money.ROUNDING),
        currency);
  }

  /** What the order costs; its reference and answers are not needed. */
  public OrderPreview previewOrder(long organisationId, SubscriptionOrder order) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return checks.previewing(organisationId, order, today()).preview();
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
    Product product = checks.onSale(productId);
    String actor = CurrentCaller.require().name();
    if (!now || subscription.currentTerm(price(subscription).cycle()).isEmpty()) {
      subscription.changeAtTermEnd(target.id());
      ledger.renewalCalledOff(
          subscription, "the subscription changes at the end of its term", actor);
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
    ledger.moved(subscription, product);
    Term first = subscription.currentTerm(target.cycle()).orElseThrow();
    if (!ledger.payTerm(subscription, target, first, false, product.name(), false, actor)) {
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
    requireTiming(subscription, now, false);
    String actor = CurrentCaller.require().name();
    if (!now) {
      subscription.cancelAtTermEnd(true);
      ledger.renewalCalledOff(subscription, "the subscription ends with its term", actor);
      ledger.record(
          subscription, "cancel_asked", null, "ends on " + subscription.paidUntil(), actor);
      return views.of(subscription);
    }
    cancellation.cancelNow(subscription, "", actor);
    return views.of(subscription);
  }

  /** Whether the subscription renews when its term ends. */
  public SubscriptionView autoRenew(long organisationId, long subscriptionId, boolean renew) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    Subscription subscription = requireGoingOn(find(organisationId, subscriptionId));
    subscription.autoRenew(renew);
    String actor = CurrentCaller.require().name();
    if (!renew) {
      ledger.renewalCalledOff(subscription, "the subscription no longer renews", actor);
    }
    ledger.record(subscription, renew ? "auto_renew_on" : "auto_renew_off", null, "", actor);
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
          Money.zero(currency),
          Money.zero(currency),
          starts,
          Term.of(starts, target.cycle(), 0).end(),
          false);
    }
    LocalDate today = today();
    Money credit = cancellation.unusedToday(subscription, current);
    Money creditWithTax = ledger.creditWithTax(subscription, current, term.get(), credit);
    Money discount = ledger.discountOn(subscription, target);
    Money taxOnCharge = ledger.taxOn(subscription, charge.minus(discount));
    return new ChangePreview(
        credit,
        charge,
        discount,
        taxOnCharge.minus(creditWithTax.minus(credit)),
        charge.minus(discount).plus(taxOnCharge).minus(creditWithTax),
        today,
        Term.of(today, target.cycle(), 0).end(),
        true);
  }

  private ProductPrice changeTarget(
      Subscription subscription, long productId, String cycle, boolean now) {
    requireGoingOn(subscription);
    requireTiming(subscription, now, true);
    if (now && subscription.status().unpaid()) {
      // a new term from today would skip the days since the unpaid renewal
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The renewal due on " + subscription.paidUntil() + " is unpaid: top up first");
    }
    Product wanted = checks.onSale(productId);
    boolean server = wanted.kind() == ProductKind.SERVER;
    if (server
        != (products.find(subscription.productId()).orElseThrow().kind() == ProductKind.SERVER)) {
      // a server's subscription moves its server to another plan; nothing else has one to move
      throw BrandcloudException.invalid(
          "productId",
          server
              ? "A server is ordered as one, not changed into"
              : "A server's subscription changes to another server product only");
    }
    if (server) {
      servers.requireResizable(subscription.id(), wanted.planId().orElseThrow());
    }
    boolean addOn = wanted.kind() == ProductKind.ADDON;
    if (addOn != subscription.isAddOn()) {
      // an add-on stays attached to what it was ordered for, and only an add-on can be attached
      throw BrandcloudException.invalid(
          "productId",
          addOn
              ? "An add-on is ordered for one of your subscriptions, not changed into"
              : "An add-on changes to another add-on only");
    }
    ProductPrice target = checks.currentPrice(productId, BillingCycle.parse("cycle", cycle));
    if (target.id() == subscription.priceId()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The subscription is on that product and cycle already");
    }
    return target;
  }

  /** The product's policy on when its subscriptions change or cancel (409 when it says not so). */
  private void requireTiming(Subscription subscription, boolean now, boolean change) {
    Product product = products.find(subscription.productId()).orElseThrow();
    TimingPolicy policy = change ? product.changePolicy() : product.cancelPolicy();
    if (!policy.allows(now)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          product.name()
              + (change ? " changes " : " is cancelled ")
              + (policy == TimingPolicy.NOW ? "at once" : "at the end of the term")
              + " only");
    }
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
