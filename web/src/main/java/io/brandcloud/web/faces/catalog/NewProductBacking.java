package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.catalog.domain.ProductKind;
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
 * The products page's form for a new product: its kind (a server product's plan), name, group and
 * description.
 */
@Named
@ViewScoped
public class NewProductBacking implements Serializable {

  @EJB Products products;
  @EJB PlanCatalog catalog;
  @Inject Texts texts;
  @Inject ProductsBacking list;

  private final ProductForm form = new ProductForm();
  private List<PlanView> plans;

  public void create() {
    ProductView[] created = new ProductView[1];
    if (FacesActions.attempt(
        () ->
            created[0] =
                products.policies(
                    products
                        .create(
                            form.getKind(),
                            form.getName(),
                            form.getDescription(),
                            form.getGroup(),
                            "server".equals(form.getKind()) ? form.getPlanId() : null)
                        .id(),
                    form.getChangePolicy(),
                    form.getCancelPolicy()),
        texts.format("admin.products.created", form.getName()))) {
      list.added(created[0]);
      form.next();
    }
  }

  /** The plans a server product may sell: those on sale. */
  public List<PlanView> getPlans() {
    if (plans == null) {
      plans = catalog.all().stream().filter(PlanView::active).toList();
    }
    return plans;
  }

  /** The name of the plan a server product sells, for its card. */
  public String planName(Long planId) {
    return planId == null
        ? ""
        : catalog.all().stream()
            .filter(p -> p.id() == planId)
            .map(PlanView::name)
            .findFirst()
            .orElse("");
  }

  public List<String> getKinds() {
    return Arrays.stream(ProductKind.values()).map(ProductKind::wireName).toList();
  }

  public ProductForm getForm() {
    return form;
  }
}
