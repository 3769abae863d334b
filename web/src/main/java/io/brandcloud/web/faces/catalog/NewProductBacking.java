package io.brandcloud.web.faces.catalog;

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

/** The products page's form for a new product: its kind, name, group and description. */
@Named
@ViewScoped
public class NewProductBacking implements Serializable {

  @EJB Products products;
  @Inject Texts texts;
  @Inject ProductsBacking list;

  private final ProductForm form = new ProductForm();

  public void create() {
    ProductView[] created = new ProductView[1];
    if (FacesActions.attempt(
        () ->
            created[0] =
                products.policies(
                    products
                        .create(
                            form.getKind(), form.getName(), form.getDescription(), form.getGroup())
                        .id(),
                    form.getChangePolicy(),
                    form.getCancelPolicy()),
        texts.format("admin.products.created", form.getName()))) {
      list.added(created[0]);
      form.next();
    }
  }

  public List<String> getKinds() {
    return Arrays.stream(ProductKind.values()).map(ProductKind::wireName).toList();
  }

  public ProductForm getForm() {
    return form;
  }
}
