package io.brandcloud.web.faces.billing;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's subscriptions and the products on sale: order one for a billing cycle (paid from
 * the wallet at once, or after a free trial), cancel at the end of the term or now (the unused days
 * given back), or stop it renewing.
 */
@Named
@ViewScoped
public class SubscriptionsBacking implements Serializable {

  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private final Map<Long, String> cycles = new HashMap<>();
  // one per rendered order form: a double submit orders once
  private String reference = UUID.randomUUID().toString();
  private List<SubscriptionView> mine;
  private List<ProductView> onSale;

  public List<SubscriptionView> getMine() {
    if (mine == null) {
      mine = subscriptions.ofOrganisation(user.organisationId());
    }
    return mine;
  }

  public List<ProductView> getOnSale() {
    if (onSale == null) {
      onSale = products.onSale(user.organisationId());
      onSale.forEach(p -> cycles.putIfAbsent(p.id(), p.prices().get(0).cycle()));
    }
    return onSale;
  }

  public void order(ProductView product) {
    String cycle = cycles.get(product.id());
    if (FacesActions.attempt(
        () ->
            subscriptions.order(
                user.organisationId(), product.id(), cycle, reference + ":" + product.id()),
        texts.format("portal.subscriptions.ordered", product.name()))) {
      reference = UUID.randomUUID().toString();
      mine = null;
    }
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

  /** Reads the subscriptions again after a change made elsewhere on the page. */
  void forget() {
    mine = null;
  }

  /** Whether it goes on after its paid time, paid from the wallet. */
  public boolean renews(SubscriptionView subscription) {
    return subscription.autoRenew()
        && !subscription.cancelAtTermEnd()
        && !"cancelled".equals(subscription.status())
        && !"ended".equals(subscription.status());
  }

  public boolean mayManage() {
    return user.may("billing:manage");
  }

  public Map<Long, String> getCycles() {
    return cycles;
  }
}
