package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
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

  private final PriceForm price = new PriceForm();
  private List<ProductView> shown;

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

  public List<String> getCycles() {
    return Arrays.stream(BillingCycle.values()).map(BillingCycle::wireName).toList();
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
