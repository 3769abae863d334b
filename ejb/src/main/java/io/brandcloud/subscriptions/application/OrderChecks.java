package io.brandcloud.subscriptions.application;

import io.brandcloud.billing.application.SubscriptionInvoices;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductField;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.promotions.application.CouponRedemptions;
import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.provisioning.servers.application.ServerChoice;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.settings.OrganisationQuotas;
import io.brandcloud.settings.QuotaLimits;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an order is checked for before anything is made, the same for a preview and for the order
 * itself: the product on sale at a price for the cycle, the subscription an add-on goes on, a
 * licence key left, the coupon, the organisation's limits, and (for the order) the answers to the
 * product's questions. In the caller's transaction; the caller checked who orders.
 */
@ApplicationScoped
class OrderChecks {

  @Inject SubscriptionRepository subscriptions;
  @Inject ProductRepository products;
  @Inject CouponRedemptions redemptions;
  @Inject LicencePool pool;
  @Inject OrganisationQuotas quotas;
  @Inject ApplicationClock clock;
  @EJB Wallets wallets;
  @EJB SubscriptionInvoices invoices;
  @EJB SubscriptionServers servers;

  /** An order that passed its checks, with what it costs. */
  record Checked(
      Product product,
      ProductPrice price,
      Optional<Subscription> parent,
      Map<Long, String> answers,
      Optional<Coupon> coupon,
      OrderPreview preview,
      ServerChoice server) {}

  Checked previewing(long organisationId, SubscriptionOrder order, LocalDate today) {
    return check(organisationId, order, today, Map.of());
  }

  Checked placing(long organisationId, SubscriptionOrder order, LocalDate today) {
    return check(organisationId, order, today, null);
  }

  /**
   * What the new subscription gets with its order: the answers, a licence key (none left: the order
   * is refused and rolls back), the coupon, and a server product's server (built once the order
   * commits).
   */
  void deliver(Checked checked, Subscription subscription) {
    checked
        .answers()
        .forEach((field, answer) -> subscriptions.answer(subscription.id(), field, answer));
    if (checked.product().kind() == ProductKind.LICENCE
        && pool.take(checked.product().id(), subscription.id(), clock.now()).isEmpty()) {
      throw soldOut(checked.product());
    }
    checked
        .coupon()
        .ifPresent(c -> redemptions.redeem(c, subscription.organisationId(), subscription.id()));
    if (checked.product().kind() == ProductKind.SERVER) {
      servers.create(
          subscription.organisationId(),
          checked.product().planId().orElseThrow(),
          checked.server(),
          subscription.id());
    }
  }

  /** {@code answers} null: the order's own are checked; else those stand in for them. */
  private Checked check(
      long organisationId, SubscriptionOrder order, LocalDate today, Map<Long, String> answers) {
    if (order == null || order.productId() == null) {
      throw BrandcloudException.invalid("productId", "productId is required");
    }
    Product product = onSale(order.productId());
    ProductPrice price = currentPrice(product.id(), BillingCycle.parse("cycle", order.cycle()));
    Optional<Subscription> parent = parentFor(organisationId, product, order.attachTo());
    Map<Long, String> checkedAnswers =
        answers == null ? answersFor(product, order.answers()) : answers;
    if (product.kind() == ProductKind.LICENCE
        && pool.stock(List.of(product.id()))
                .getOrDefault(product.id(), LicenceStock.NONE)
                .available()
            == 0) {
      throw soldOut(product);
    }
    Optional<Coupon> coupon = couponFor(organisationId, order.coupon(), price);
    OrderPreview preview = preview(organisationId, price, coupon, today);
    requireWithinLimits(organisationId, product, preview.due().minus(preview.tax()));
    if (answers == null && product.kind() == ProductKind.SERVER) {
      servers.check(organisationId, product.planId().orElseThrow(), order.server());
    }
    return new Checked(product, price, parent, checkedAnswers, coupon, preview, order.server());
  }

  Product onSale(long productId) {
    return products
        .find(productId)
        .filter(Product::active)
        .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
  }

  ProductPrice currentPrice(long productId, BillingCycle cycle) {
    return products
        .currentPrice(productId, cycle)
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "cycle", "The product is not sold " + cycle.wireName().replace('_', '-')));
  }

  private OrderPreview preview(
      long organisationId, ProductPrice price, Optional<Coupon> coupon, LocalDate today) {
    Currency currency = CurrentTenant.require().currency();
    Money amount = price.amount(currency);
    Money fee = price.setupFee(currency);
    Money discount =
        coupon.map(c -> redemptions.discountOn(c, amount).amount()).orElse(Money.zero(currency));
    Money net = amount.plus(fee).minus(discount);
    Money tax = invoices.taxOn(organisationId, net);
    Money first = net.plus(tax);
    boolean trial = price.trialDays() > 0;
    LocalDate starts = trial ? today.plusDays(price.trialDays()) : today;
    return new OrderPreview(
        amount,
        fee,
        discount,
        trial ? Money.zero(currency) : tax,
        trial ? Money.zero(currency) : first,
        first,
        trial ? starts : null,
        Term.of(starts, price.cycle(), 0).end(),
        coupon.map(Coupon::code).orElse(null));
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
    Subscription parent =
        subscriptions
            .ofOrganisation(organisationId, attachTo)
            .orElseThrow(() -> BrandcloudException.notFound("Subscription " + attachTo));
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
}
