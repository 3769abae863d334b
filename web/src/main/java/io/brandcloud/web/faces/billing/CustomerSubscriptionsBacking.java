package io.brandcloud.web.faces.billing;

import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The subscriptions of the customer on the customer's billing page, as staff see them. */
@Named
@ViewScoped
public class CustomerSubscriptionsBacking implements Serializable {

  @EJB Subscriptions subscriptions;
  @Inject CustomerBillingBacking page;

  private List<SubscriptionView> shown;

  public List<SubscriptionView> getSubscriptions() {
    if (shown == null && page.getCustomerId() != null) {
      shown = subscriptions.ofOrganisation(page.getCustomerId());
    }
    return shown == null ? List.of() : shown;
  }

  /** The product of one of the customer's subscriptions, for an add-on's line. */
  public String nameOf(Long subscriptionId) {
    return getSubscriptions().stream()
        .filter(s -> subscriptionId != null && s.id() == subscriptionId)
        .map(SubscriptionView::productName)
        .findFirst()
        .orElse("");
  }
}
