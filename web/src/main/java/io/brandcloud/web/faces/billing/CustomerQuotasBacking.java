package io.brandcloud.web.faces.billing;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.settings.QuotaLimits;
import io.brandcloud.settings.Quotas;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's limits on the customer's billing page: the tenant's defaults, or their own (servers
 * kept, spending in a month, the products they may order).
 */
@Named
@ViewScoped
public class CustomerQuotasBacking implements Serializable {

  @EJB Quotas quotas;
  @EJB Products products;
  @Inject Texts texts;
  @Inject CustomerBillingBacking page;

  private QuotaLimits shown;
  private boolean own;
  private Integer maxServers;
  private BigDecimal maxMonthlySpend;
  private boolean productsLimited;
  private List<Long> productIds = new ArrayList<>();
  private List<ProductView> catalog;

  /** What holds now; read once the page knows its customer. */
  public QuotaLimits getLimits() {
    if (shown == null && page.getCustomerId() != null) {
      show(quotas.of(page.getCustomerId()));
    }
    return shown;
  }

  public void save() {
    Long customer = page.getCustomerId();
    QuotaLimits[] saved = new QuotaLimits[1];
    if (FacesActions.attempt(
        () ->
            saved[0] =
                quotas.change(
                    customer,
                    !own,
                    maxServers,
                    maxMonthlySpend,
                    productsLimited ? productIds : null),
        texts.get("admin.quotas.saved"))) {
      show(saved[0]);
    }
  }

  private void show(QuotaLimits limits) {
    shown = limits;
    own = limits.own();
    maxServers = limits.maxServers();
    maxMonthlySpend = limits.maxMonthlySpend();
    productsLimited = limits.productsLimited();
    productIds = new ArrayList<>(limits.productIds());
  }

  public List<ProductView> getProducts() {
    if (catalog == null) {
      catalog = products.all();
    }
    return catalog;
  }

  public boolean isOwn() {
    return own;
  }

  public void setOwn(boolean own) {
    this.own = own;
  }

  public Integer getMaxServers() {
    return maxServers;
  }

  public void setMaxServers(Integer maxServers) {
    this.maxServers = maxServers;
  }

  public BigDecimal getMaxMonthlySpend() {
    return maxMonthlySpend;
  }

  public void setMaxMonthlySpend(BigDecimal maxMonthlySpend) {
    this.maxMonthlySpend = maxMonthlySpend;
  }

  public boolean isProductsLimited() {
    return productsLimited;
  }

  public void setProductsLimited(boolean productsLimited) {
    this.productsLimited = productsLimited;
  }

  public List<Long> getProductIds() {
    return productIds;
  }

  public void setProductIds(List<Long> productIds) {
    this.productIds = productIds == null ? new ArrayList<>() : new ArrayList<>(productIds);
  }
}
