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
import io.brandcloud.promotions.application.Discount;
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
import java.util.stream.Collectors;

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
      Optional<Long> attachedServer,
      Map<Long, String> answers,
      List<Coupon> coupons,
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
        .coupons()
        .forEach(c -> redemptions.redeem(c, subscription.organisationId(), subscription.id()));
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
    Optional<Subscription> parent = parentFor(organisationId, product, order);
    Optional<Long> attachedServer = serverFor(organisationId, product, order.attachToServer());
    Map<Long, String> checkedAnswers =
        answers == null ? answersFor(product, order.answers()) : answers;
    if (product.kind() == ProductKind.LICENCE
        && pool.stock(List.of(product.id()))
                .getOrDefault(product.id(), LicenceStock.NONE)
                .available()
            == 0) {
      throw soldOut(product);
    }
    List<Coupon> coupons = couponsFor(organisationId, order.coupon(), price);
    OrderPreview preview = preview(organisationId, price, coupons, today);
    requireWithinLimits(organisationId, product, preview.due().minus(preview.tax()));
    if (answers == null && product.kind() == ProductKind.SERVER) {
      servers.check(organisationId, product.planId().orElseThrow(), order.server());
    }
    return new Checked(
        product, price, parent, attachedServer, checkedAnswers, coupons, preview, order.server());
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
      long organisationId, ProductPrice price, List<Coupon> coupons, LocalDate today) {
    Currency currency = CurrentTenant.require().currency();
    Money amount = price.amount(currency);
    Money fee = price.setupFee(currency);
    Money discount =
        redemptions.discountsOn(coupons, amount).stream()
            .map(Discount::amount)
            .reduce(Money.zero(currency), Money::plus);
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
        coupons.isEmpty()
            ? null
            : coupons.stream().map(Coupon::code).collect(Collectors.joining(", ")));
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
   * itself; only add-ons attach, each to a subscription or to a server ({@link #serverFor}).
   */
  private Optional<Subscription> parentFor(
      long organisationId, Product product, SubscriptionOrder order) {
    Long attachTo = order.attachTo();
    if (product.kind() != ProductKind.ADDON) {
      if (attachTo != null) {
        throw BrandcloudException.invalid("attachTo", "Only an add-on attaches to a subscription");
      }
      if (order.attachToServer() != null) {
        throw BrandcloudException.invalid("attachToServer", "Only an add-on attaches to a server");
      }
      return Optional.empty();
    }
    if (attachTo != null && order.attachToServer() != null) {
      throw BrandcloudException.invalid(
          "attachToServer", "An add-on attaches to a subscription or to a server, not to both");
    }
    if (order.attachToServer() != null) {
      return Optional.empty();
    }
    if (attachTo == null) {
      throw BrandcloudException.invalid(
          "attachTo", "An add-on is attached to one of your subscriptions or servers: say which");
    }
    Subscription parent =
        subscriptions
            .ofOrganisation(organisationId, attachTo)
            .orElseThrow(() -> BrandcloudException.notFound("Subscription " + attachTo));
    if (parent.status().over()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The subscription " + attachTo + " has ended");
    }
    if (parent.isAddOn()) {
      throw BrandcloudException.invalid(
          "attachTo", "An add-on attaches to a product, not to another add-on");
    }
    return Optional.of(parent);
  }

  /** The hourly server an add-on is ordered for: one of the organisation's, not deleted. */
  private Optional<Long> serverFor(long organisationId, Product product, Long serverId) {
    if (product.kind() != ProductKind.ADDON || serverId == null) {
      return Optional.empty();
    }
    servers.requireAttachable(organisationId, serverId);
    return Optional.of(serverId);
  }

  /** The coupons typed with an order, checked for it; none for a blank code. */
  private List<Coupon> couponsFor(long organisationId, String codes, ProductPrice price) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return redemptions.requireAllFor(
        organisationId, codes, price.productId(), price.cycle(), !wallets.hasSpent(organisationId));
  }
}
