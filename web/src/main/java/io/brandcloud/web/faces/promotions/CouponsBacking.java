package io.brandcloud.web.faces.promotions;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.promotions.application.CouponView;
import io.brandcloud.promotions.application.Coupons;
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
 * The coupons customers type at order: staff create one with its terms, and withdraw it (new orders
 * cannot use it; subscriptions keep theirs) or offer it again.
 */
@Named
@ViewScoped
public class CouponsBacking implements Serializable {

  @EJB Coupons coupons;
  @EJB Products products;
  @Inject Texts texts;

  private CouponForm form = new CouponForm();
  private List<CouponView> shown;
  private List<ProductView> catalog;

  public List<CouponView> getCoupons() {
    if (shown == null) {
      shown = coupons.all();
    }
    return shown;
  }

  public void create() {
    String code = form.getCode();
    if (FacesActions.attempt(
        () -> coupons.create(form.draft()), texts.format("admin.coupons.created", code))) {
      form = new CouponForm();
      shown = null;
    }
  }

  public void offer(CouponView coupon, boolean offered) {
    FacesActions.attempt(
        () -> coupons.offer(coupon.id(), offered),
        texts.format(offered ? "admin.coupons.offered" : "admin.coupons.withdrawn", coupon.code()));
    shown = null;
  }

  public List<ProductView> getProducts() {
    if (catalog == null) {
      catalog = products.all();
    }
    return catalog;
  }

  public List<String> getCycles() {
    return Arrays.stream(BillingCycle.values()).map(BillingCycle::wireName).toList();
  }

  public CouponForm getForm() {
    return form;
  }
}
