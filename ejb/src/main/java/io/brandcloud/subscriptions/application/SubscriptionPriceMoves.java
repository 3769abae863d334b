package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.subscriptions.domain.EarlierPrices;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Moving subscriptions that pay a product's earlier price to its price today, as staff choose: each
 * customer is mailed now and pays the new price from the first renewal at least the tenant's notice
 * period away. A change a customer asked for meanwhile wins.
 */
@Stateless
public class SubscriptionPriceMoves {

  @Inject SubscriptionRepository subscriptions;
  @Inject ProductRepository products;
  @Inject SubscriptionLedger ledger;
  @Inject SubscriptionViews views;
  @Inject ApplicationClock clock;
  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;

  /** What a move did: how many subscriptions move, and the earliest day one pays the new price. */
  public record Moved(int subscriptions, LocalDate earliest) {}

  public Moved moveToCurrentPrice(long productId, String cycle) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    products
        .find(productId)
        .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
    BillingCycle checked = BillingCycle.parse("cycle", cycle);
    ProductPrice current =
        products
            .currentPrice(productId, checked)
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "cycle", "The product is not sold " + checked.wireName()));
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    LocalDate earliest = today.plusDays(settings.current().priceNoticeDays());
    String actor = CurrentCaller.require().name();
    String name = views.productName(productId);
    List<Subscription> moving = subscriptions.onEarlierPrice(productId, checked, current.id());
    for (Subscription subscription : moving) {
      ProductPrice paid = products.price(subscription.priceId()).orElseThrow();
      LocalDate from = firstRenewalFrom(subscription, checked, earliest);
      subscription.moveToPrice(current.id(), from);
      ledger.record(
          subscription,
          "price_moved",
          current.amount(CurrentTenant.require().currency()).roundedToMinorUnit(),
          "from " + from,
          actor);
      ownerMail.send(
          subscription.organisationId(),
          MessageType.SUBSCRIPTION_PRICE_CHANGE,
          Map.of(
              "subscription",
              name,
              "oldPrice",
              paid.amount(CurrentTenant.require().currency()),
              "newPrice",
              current.amount(CurrentTenant.require().currency()),
              "from",
              from));
    }
    return new Moved(moving.size(), earliest);
  }

  /** How many subscriptions pay each product's earlier prices, for the products page. */
  public List<EarlierPrices> waiting() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return subscriptions.onEarlierPrices();
  }

  /** The first term the subscription renews into that starts on or after {@code earliest}. */
  private static LocalDate firstRenewalFrom(
      Subscription subscription, BillingCycle cycle, LocalDate earliest) {
    Term term = subscription.nextTerm(cycle);
    while (term.start().isBefore(earliest)) {
      term = Term.of(subscription.anchor(), cycle, term.index() + 1);
    }
    return term.start();
  }
}
