package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.subscriptions.application.SubscriptionPriceMoves;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The products a reseller sells for prepaid terms: price their billing cycles (a new price sells to
 * new orders; subscriptions keep theirs), retire one or offer it again. Adding one is {@link
 * NewProductBacking}'s.
 */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

  @EJB Products products;
  @Inject Texts texts;
  @Inject TimeFormat times;
  @EJB SubscriptionPriceMoves moves;

  private final PriceForm price = new PriceForm();
  private List<ProductView> shown;
  private HashMap<String, Long> earlier;

  public List<ProductView> getProducts() {
    if (shown == null) {
      shown = products.all();
    }
    return shown;
  }

  public void setPrice() {
    if (price.getProductId() == null) {
      FacesActions.error(texts.get("admin.products.chooseProduct"));
      return;
    }
    if (FacesActions.attempt(
        () ->
            products.price(
                price.getProductId(),
                price.getCycle(),
                price.getAmount(),
                price.getSetupFee(),
                price.getTrialDays()),
        texts.get("admin.products.priced"))) {
      price.next();
      shown = null;
    }
  }

  public void offer(ProductView product, boolean offered) {
    FacesActions.attempt(
        () -> products.offer(product.id(), offered),
        texts.format(
            offered ? "admin.products.offered" : "admin.products.retired", product.name()));
    shown = null;
  }

  /** How many subscriptions to the product, sold for the cycle, pay an earlier price. */
  public long earlier(ProductView product, String cycle) {
    if (earlier == null) {
      earlier = new HashMap<>();
      moves
          .waiting()
          .forEach(w -> earlier.put(w.productId() + ":" + w.cycle().wireName(), w.subscriptions()));
    }
    return earlier.getOrDefault(product.id() + ":" + cycle, 0L);
  }

  /** Moves them to the current price, from their first renewal after the notice period. */
  public void moveSubscriptions(ProductView product, String cycle) {
    SubscriptionPriceMoves.Moved[] moved = new SubscriptionPriceMoves.Moved[1];
    if (FacesActions.attempt(
        () -> moved[0] = moves.moveToCurrentPrice(product.id(), cycle), null)) {
      FacesActions.info(
          texts.format(
              "admin.products.moved",
              moved[0].subscriptions(),
              product.name(),
              times.date(moved[0].earliest())));
    }
    earlier = null;
  }

  public List<String> getCycles() {
    return Arrays.stream(BillingCycle.values()).map(BillingCycle::wireName).toList();
  }

  /** Reads the products again after a change made elsewhere on the page. */
  void forget() {
    shown = null;
  }

  /** After a product was added: it is listed, and the price form prices it. */
  void added(ProductView product) {
    price.setProductId(product.id());
    shown = null;
  }

  public PriceForm getPrice() {
    return price;
  }
}
