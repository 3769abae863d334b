package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.FieldView;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The products page's questions at order: staff add one to a product (a line of text, a choice of
 * options, a checkbox) or take one away.
 */
@Named
@ViewScoped
public class ProductFieldsBacking implements Serializable {

  @EJB Products products;
  @Inject Texts texts;
  @Inject ProductsBacking list;

  private Long productId;
  private String label;
  private String kind = "text";
  private String choices;
  private boolean required;
  private boolean onInvoice;

  public void add() {
    if (productId == null) {
      FacesActions.error(texts.get("admin.products.chooseProduct"));
      return;
    }
    if (FacesActions.attempt(
        () ->
            products.addField(
                productId,
                label,
                kind,
                "choice".equals(kind)
                    ? Arrays.asList((choices == null ? "" : choices).split("\\R"))
                    : null,
                required,
                onInvoice),
        texts.format("admin.products.fieldAdded", label))) {
      label = null;
      choices = null;
      required = false;
      onInvoice = false;
      list.forget();
    }
  }

  public void retire(ProductView product, FieldView field) {
    FacesActions.attempt(
        () -> products.retireField(product.id(), field.id()),
        texts.format("admin.products.fieldRetired", field.label()));
    list.forget();
  }

  public boolean isOnInvoice() {
    return onInvoice;
  }

  public void setOnInvoice(boolean onInvoice) {
    this.onInvoice = onInvoice;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
