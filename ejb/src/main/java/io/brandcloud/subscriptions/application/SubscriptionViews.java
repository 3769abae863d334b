package io.brandcloud.subscriptions.application;

import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subscriptions as people see them: with their product's name and the price they pay. */
@ApplicationScoped
public class SubscriptionViews {

  @Inject ProductRepository products;
  @Inject LicencePool pool;
  @Inject SubscriptionRepository subscriptions;
  @EJB SubscriptionServers servers;

  SubscriptionView of(Subscription subscription) {
    ProductPrice price = products.price(subscription.priceId()).orElseThrow();
    Product product = products.find(subscription.productId()).orElseThrow();
    return new SubscriptionView(
        subscription.id(),
        subscription.organisationId(),
        subscription.productId(),
        product.name(),
        price.cycle().wireName(),
        subscription.status().wireName(),
        price.amount(CurrentTenant.require().currency()),
        subscription.paidUntil(),
        subscription.autoRenew(),
        subscription.cancelAtTermEnd(),
        subscription.pendingPriceId().orElse(null),
        subscription.parentId().orElse(null),
        subscription
            .nextPriceId()
            .flatMap(products::price)
            .map(p -> p.amount(CurrentTenant.require().currency()))
            .orElse(null),
        subscription.nextPriceFrom().orElse(null),
        product.kind() == ProductKind.LICENCE ? pool.keyOf(subscription.id()).orElse(null) : null,
        subscriptions.answers(subscription.id()),
        product.changePolicy().wireName(),
        product.cancelPolicy().wireName(),
        subscription.createdAt(),
        product.kind() == ProductKind.SERVER ? servers.of(subscription.id()).orElse(null) : null,
        subscription.attachedServerId().orElse(null),
        subscription.attachedServerId().flatMap(servers::hostnameOf).orElse(null));
  }

  String productName(long productId) {
    return products.find(productId).map(Product::name).orElse("Product " + productId);
  }
}
