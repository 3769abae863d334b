package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductField;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.catalog.domain.TimingPolicy;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.promotions.application.CouponRedemptions;
import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.settings.OrganisationQuotas;
import io.brandcloud.settings.QuotaLimits;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  @Inject CouponRedemptions redemptions;
  @Inject SubscriptionCancellation cancellation;
  @Inject LicencePool pool;
  @Inject OrganisationQuotas quotas;
  @EJB Outbox outbox;
  @EJB Wallets wallets;

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
    Product product = onSale(requireProduct(order));
    ProductPrice price = currentPrice(product.id(), BillingCycle.parse("cycle", order.cycle()));
    Optional<Subscription> parent = parentFor(organisationId, product, order.attachTo());
    Map<Long, String> answers = answersFor(product, order.answers());
    Optional<Coupon> redeemed = couponFor(organisationId, order.coupon(), price);
    LocalDate today = today();
    requireWithinLimits(organisationId, product, orderPreview(price, redeemed, today).due());
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
    parent.ifPresent(p -> subscription.attachTo(p.id()));
    subscriptions.add(subscription);
    answers.forEach((field, answer) -> subscriptions.answer(subscription.id(), field, answer));
    if (product.kind() == ProductKind.LICENCE
        && pool.take(product.id(), subscription.id(), clock.now()).isEmpty()) {
      throw soldOut(product);
    }
    redeemed.ifPresent(c -> redemptions.redeem(c, organisationId, subscription.id()));
    if (product.kind() == ProductKind.SERVICE) {
      outbox.publish(new ServiceOrdered(subscription.id(), organisationId));
    }
    String what =
        product.name()
            + parent.map(p -> ", on " + views.productName(p.productId())).orElse("")
            + couponNote(redeemed);
    if (price.trialDays() > 0) {
      ledger.record(
          subscription, "ordered", null, what + ", free until " + subscription.anchor(), actor);
      return views.of(subscription);
    }
    ledger.record(subscription, "ordered", null, what, actor);
    Term first = subscription.currentTerm(price.cycle()).orElseThrow();
    if (!ledger.payTerm(subscription, price, first, true, product.name(), actor)) {
      throw notCovered(organisationId, orderPreview(price, redeemed, today).due());
    }
    return views.of(subscription);
  }

  /** What the order costs; its reference is not needed. */
  public OrderPreview previewOrder(long organisationId, SubscriptionOrder order) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Product product = onSale(requireProduct(order));
    ProductPrice price = currentPrice(product.id(), BillingCycle.parse("cycle", order.cycle()));
    parentFor(organisationId, product, order.attachTo());
    if (product.kind() == ProductKind.LICENCE
        && pool.stock(List.of(product.id()))
                .getOrDefault(product.id(), LicenceStock.NONE)
                .available()
            == 0) {
      throw soldOut(product);
    }
    OrderPreview preview =
        orderPreview(price, couponFor(organisationId, order.coupon(), price), today());
    requireWithinLimits(organisationId, product, preview.due());
    return preview;
  }

  /**
   * The organisation's limits (409 {@code quota_exceeded}, the limit named): the products it may
   * order, and what it spent this month plus what the order costs now.
   */
  private void requireWithinLimits(long organisationId, Product product, Money due) {
    QuotaLimits limits = quotas.of(organisationId);
    if (!limits.allowsProduct(product.id())) {
      throw new BrandcloudException(
          ErrorCode.QUOTA_EXCEEDED,
          "Your organisation may not order " + product.name() + "; ask us to allow it");
    }
    if (limits.maxMonthlySpend() != null) {
      Money month = wallets.spentThisMonth(organisationId).plus(due);
      if (month.amount().compareTo(limits.maxMonthlySpend()) > 0) {
        throw new BrandcloudException(
            ErrorCode.QUOTA_EXCEEDED,
            "This order would bring this month's spending to "
                + month.display()
                + ", over your organisation's limit of "
                + new Money(limits.maxMonthlySpend(), due.currency()).display());
      }
    }
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
    requireTiming(subscription, now, false);
    String actor = CurrentCaller.require().name();
    if (!now) {
      subscription.cancelAtTermEnd(true);
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
          Money.zero(currency),
          starts,
          Term.of(starts, target.cycle(), 0).end(),
          false);
    }
    LocalDate today = today();
    Money credit = cancellation.unusedToday(subscription, current);
    Money discount = ledger.discountOn(subscription, target);
    return new ChangePreview(
        credit,
        charge,
        discount,
        charge.minus(discount).minus(credit),
        today,
        Term.of(today, target.cycle(), 0).end(),
        true);
  }

  private OrderPreview orderPreview(ProductPrice price, Optional<Coupon> coupon, LocalDate today) {
    Currency currency = currency();
    Money amount = price.amount(currency);
    Money fee = price.setupFee(currency);
    Money discount =
        coupon.map(c -> redemptions.discountOn(c, amount).amount()).orElse(Money.zero(currency));
    Money first = amount.plus(fee).minus(discount);
    boolean trial = price.trialDays() > 0;
    LocalDate starts = trial ? today.plusDays(price.trialDays()) : today;
    return new OrderPreview(
        amount,
        fee,
        discount,
        trial ? Money.zero(currency) : first,
        first,
        trial ? starts : null,
        Term.of(starts, price.cycle(), 0).end(),
        coupon.map(Coupon::code).orElse(null));
  }

  /**
   * The answers to the product's questions, each checked against its question; a question left
   * unanswered is not kept, and an answer to a question the product does not ask is refused.
   */
  private Map<Long, String> answersFor(Product product, Map<Long, String> given) {
    Map<Long, String> answers = given == null ? Map.of() : given;
    List<ProductField> fields = products.activeFields(List.of(product.id()));
    for (Long asked : answers.keySet()) {
      if (asked == null || fields.stream().noneMatch(f -> f.id() == asked)) {
        throw BrandcloudException.invalid(
            "fields." + asked, product.name() + " does not ask question " + asked);
      }
    }
    Map<Long, String> checked = new LinkedHashMap<>();
    for (ProductField field : fields) {
      String answer = field.check(answers.get(field.id()));
      if (!answer.isEmpty()) {
        checked.put(field.id(), answer);
      }
    }
    return checked;
  }

  private static BrandcloudException soldOut(Product product) {
    return new BrandcloudException(
        ErrorCode.CONFLICT, product.name() + " is sold out: no licence key is left");
  }

  private static long requireProduct(SubscriptionOrder order) {
    if (order == null || order.productId() == null) {
      throw BrandcloudException.invalid("productId", "productId is required");
    }
    return order.productId();
  }

  /**
   * The subscription an add-on attaches to: one of the organisation's, not ended and not an add-on
   * itself; only add-ons attach.
   */
  private Optional<Subscription> parentFor(long organisationId, Product product, Long attachTo) {
    if (product.kind() != ProductKind.ADDON) {
      if (attachTo != null) {
        throw BrandcloudException.invalid("attachTo", "Only an add-on attaches to a subscription");
      }
      return Optional.empty();
    }
    if (attachTo == null) {
      throw BrandcloudException.invalid(
          "attachTo", "An add-on is attached to one of your subscriptions: say which");
    }
    Subscription parent = read(organisationId, attachTo);
    if (parent.status().over()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The subscription " + attachTo + " has ended");
    }
    if (parent.parentId().isPresent()) {
      throw BrandcloudException.invalid(
          "attachTo", "An add-on attaches to a product, not to another add-on");
    }
    return Optional.of(parent);
  }

  /** The coupon typed with an order, checked for it; none for a blank code. */
  private Optional<Coupon> couponFor(long organisationId, String code, ProductPrice price) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        redemptions.requireFor(
            organisationId,
            code,
            price.productId(),
            price.cycle(),
            !wallets.hasSpent(organisationId)));
  }

  private static String couponNote(Optional<Coupon> coupon) {
    return coupon.map(c -> ", coupon " + c.code()).orElse("");
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
    boolean addOn = onSale(productId).kind() == ProductKind.ADDON;
    if (addOn != subscription.parentId().isPresent()) {
      // an add-on stays attached to what it was ordered for, and only an add-on can be attached
      throw BrandcloudException.invalid(
          "productId",
          addOn
              ? "An add-on is ordered for one of your subscriptions, not changed into"
              : "An add-on changes to another add-on only");
    }
    ProductPrice target = currentPrice(productId, BillingCycle.parse("cycle", cycle));
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
