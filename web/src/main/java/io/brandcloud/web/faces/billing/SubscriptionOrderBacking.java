package io.brandcloud.web.faces.billing;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.subscriptions.application.OrderPreview;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.web.faces.legal.OutstandingTerms;
import io.brandcloud.web.faces.provisioning.ServerPlacement;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ordering a product: the customer chooses the billing cycle (and, for an add-on, the subscription
 * it is for; for a server, its host name, region and image), may type a coupon code, sees the total
 * (price, set-up fee, discount, what is due now and when it renews) and confirms.
 */
@Named
@ViewScoped
public class SubscriptionOrderBacking implements Serializable {

  /** The parameter that names the product to order, as the pricing page links here. */
  public static final String PRODUCT_PARAMETER = "product";

  @EJB Subscriptions subscriptions;
  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;
  @EJB LegalPages legal;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject SubscriptionsBacking list;

  private ProductView product;
  private String cycle;
  private String coupon;
  // what an add-on hangs on: "s" and a subscription's id, or "v" and an hourly server's
  private String attachment;
  private final HashMap<Long, String> answers = new HashMap<>();
  private final HashMap<Long, Boolean> checks = new HashMap<>();
  private OrderPreview preview;
  private final OutstandingTerms terms = new OutstandingTerms();
  private final ServerPlacement placement = new ServerPlacement();
  // one per order form: a double submit orders once
  private String reference;

  /** Opens the form for the product the pricing page's "Order" named ({@code ?product=}). */
  @PostConstruct
  void startAskedFor() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PRODUCT_PARAMETER);
    if (asked == null || !list.mayManage()) {
      return;
    }
    Optional<ProductView> onSale =
        list.getOnSale().stream().filter(p -> Long.toString(p.id()).equals(asked)).findFirst();
    if (onSale.isEmpty()) {
      FacesActions.info(texts.get("portal.subscriptions.productGone"));
    } else if (!list.orderable(onSale.get())) {
      FacesActions.info(
          texts.get(
              onSale.get().soldOut()
                  ? "portal.subscriptions.soldOut"
                  : "portal.subscriptions.addOnNeedsParent"));
    } else {
      start(onSale.get());
    }
  }

  public void start(ProductView chosen) {
    product = chosen;
    terms.load(legal, user);
    cycle = chosen.prices().get(0).cycle();
    coupon = null;
    answers.clear();
    checks.clear();
    attachment = isAddOn() ? firstAttachment() : null;
    chooseServer();
    reference = UUID.randomUUID().toString();
    showPreview();
  }

  public void cancel() {
    product = null;
    preview = null;
  }

  /** The total for the cycle and coupon chosen; a refused coupon says why and shows none. */
  public void showPreview() {
    preview = null;
    FacesActions.attempt(
        () -> preview = subscriptions.previewOrder(user.organisationId(), asOrdered(null)), null);
  }

  public void order() {
    if (preview == null) {
      return;
    }
    if (!terms.acceptedForOrder(legal, user, texts)) {
      return;
    }
    String name = product.name();
    if (FacesActions.attempt(
        () -> subscriptions.order(user.organisationId(), asOrdered(reference)),
        texts.format("portal.subscriptions.ordered", name))) {
      product = null;
      preview = null;
      list.forget();
    }
  }

  private SubscriptionOrder asOrdered(String orderReference) {
    Map<Long, String> given = new HashMap<>();
    answers.forEach(
        (field, answer) -> {
          if (answer != null && !answer.isBlank()) {
            given.put(field, answer);
          }
        });
    checks.forEach(
        (field, checked) -> {
          if (Boolean.TRUE.equals(checked)) {
            given.put(field, "true");
          }
        });
    return new SubscriptionOrder(
        product.id(),
        cycle,
        coupon,
        attachedId("s"),
        given,
        orderReference,
        isServer() ? placement.choice() : null,
        attachedId("v"));
  }

  private String firstAttachment() {
    if (!getParents().isEmpty()) {
      return "s" + getParents().get(0).id();
    }
    return list.getHourlyServers().isEmpty() ? null : "v" + list.getHourlyServers().get(0).id();
  }

  private Long attachedId(String kind) {
    return attachment != null && attachment.startsWith(kind)
        ? Long.valueOf(attachment.substring(1))
        : null;
  }

  /** A server product's regions and images, the first of each chosen. */
  private void chooseServer() {
    placement.setHostname(null);
    placement.offeredFor(
        isServer() ? catalog.find(product.planId()) : Optional.empty(), connections);
  }

  /** Whether the product is a server paid by the term: the order chooses the server. */
  public boolean isServer() {
    return product != null && product.server();
  }

  public ServerPlacement getPlacement() {
    return placement;
  }

  /** The answers to the product's text and choice questions, by question. */
  public Map<Long, String> getAnswers() {
    return answers;
  }

  /** The product's checkbox questions ticked, by question. */
  public Map<Long, Boolean> getChecks() {
    return checks;
  }

  /** Whether the product is an add-on, ordered for one of the customer's subscriptions. */
  public boolean isAddOn() {
    return product != null && "addon".equals(product.kind());
  }

  /** What an add-on can be attached to: the customer's subscriptions that go on, not add-ons. */
  public List<SubscriptionView> getParents() {
    return list.getMine().stream().filter(list::canCarryAddOns).toList();
  }

  /** The shop's legal pages the customer is to accept with this order. */
  public OutstandingTerms getTerms() {
    return terms;
  }

  public ProductView getProduct() {
    return product;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  /** The customer's hourly servers an add-on can hang on. */
  public List<ServerView> getServers() {
    return list.getHourlyServers();
  }

  public String getAttachment() {
    return attachment;
  }

  public void setAttachment(String attachment) {
    this.attachment = attachment != null && attachment.matches("[sv]\\d{1,18}") ? attachment : null;
  }

  public String getCoupon() {
    return coupon;
  }

  public void setCoupon(String coupon) {
    this.coupon = coupon == null || coupon.isBlank() ? null : coupon.strip();
  }

  public OrderPreview getPreview() {
    return preview;
  }
}
