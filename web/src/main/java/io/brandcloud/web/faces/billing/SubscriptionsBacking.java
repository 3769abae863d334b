package io.brandcloud.web.faces.billing;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.subscriptions.application.UnpaidRenewals;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's subscriptions and the products on sale ({@link SubscriptionOrderBacking} orders
 * one): cancel at the end of the term or now (the unused days given back), or stop it renewing.
 */
@Named
@ViewScoped
public class SubscriptionsBacking implements Serializable {

  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB UnpaidRenewals unpaidRenewals;
  @EJB Servers servers;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private List<SubscriptionView> mine;
  private List<ProductView> onSale;
  private List<ServerView> hourlyServers;

  public List<SubscriptionView> getMine() {
    if (mine == null) {
      mine = subscriptions.ofOrganisation(user.organisationId());
    }
    return mine;
  }

  /**
   * The customer's hourly servers that run on: an add-on can hang on one. None for a member who may
   * not see the servers.
   */
  public List<ServerView> getHourlyServers() {
    if (hourlyServers == null) {
      try {
        hourlyServers =
            servers.ofOrganisation(user.organisationId()).stream()
                .filter(s -> !s.bySubscription())
                .filter(s -> !"TERMINATED".equals(s.status()) && !"FAILED".equals(s.status()))
                .toList();
      } catch (BrandcloudException refused) {
        hourlyServers = List.of();
      }
    }
    return hourlyServers;
  }

  public List<ProductView> getOnSale() {
    if (onSale == null) {
      onSale = products.onSale(user.organisationId());
    }
    return onSale;
  }

  public void cancel(SubscriptionView subscription, boolean now) {
    FacesActions.attempt(
        () -> subscriptions.cancel(user.organisationId(), subscription.id(), now),
        texts.format(
            now ? "portal.subscriptions.cancelledNow" : "portal.subscriptions.cancelledAtEnd",
            subscription.productName()));
    mine = null;
  }

  public void autoRenew(SubscriptionView subscription, boolean renew) {
    FacesActions.attempt(
        () -> subscriptions.autoRenew(user.organisationId(), subscription.id(), renew), null);
    mine = null;
  }

  /** Pays an unpaid renewal from the wallet now. */
  public void pay(SubscriptionView subscription) {
    FacesActions.attempt(
        () -> unpaidRenewals.payNow(user.organisationId(), subscription.id()),
        texts.format("portal.subscriptions.paidNow", subscription.productName()));
    mine = null;
  }

  /** Whether its renewal is unpaid: past due or suspended. */
  public boolean unpaid(SubscriptionView subscription) {
    return "past_due".equals(subscription.status()) || "suspended".equals(subscription.status());
  }

  /** Reads the subscriptions again after a change made elsewhere on the page. */
  void forget() {
    mine = null;
    hourlyServers = null;
  }

  /** Whether it goes on after its paid time, paid from the wallet. */
  public boolean renews(SubscriptionView subscription) {
    return subscription.autoRenew()
        && !subscription.cancelAtTermEnd()
        && !"cancelled".equals(subscription.status())
        && !"ended".equals(subscription.status());
  }

  /** Whether the customer has a subscription or an hourly server an add-on could be attached to. */
  public boolean hasParents() {
    return getMine().stream().anyMatch(this::canCarryAddOns) || !getHourlyServers().isEmpty();
  }

  /** Whether an add-on could be attached to it: it goes on and is not an add-on itself. */
  public boolean canCarryAddOns(SubscriptionView subscription) {
    return subscription.attachedTo() == null
        && subscription.attachedServerId() == null
        && renews(subscription);
  }

  /** Whether the product can be ordered now: not sold out, and an add-on has something to go on. */
  public boolean orderable(ProductView product) {
    return !product.soldOut() && (!"addon".equals(product.kind()) || hasParents());
  }

  /** The product name of one of the customer's subscriptions, for an add-on's line. */
  public String nameOf(long subscriptionId) {
    return getMine().stream()
        .filter(s -> s.id() == subscriptionId)
        .map(SubscriptionView::productName)
        .findFirst()
        .orElse("");
  }

  public boolean mayManage() {
    return user.may("billing:manage");
  }
}
