package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.LicenceKeys;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The products page's upload of licence keys: a licence product, and its keys one per line. */
@Named
@ViewScoped
public class LicenceKeysBacking implements Serializable {

  @EJB LicenceKeys keys;
  @Inject Texts texts;
  @Inject ProductsBacking list;

  private Long productId;
  private String text;

  public void upload() {
    if (productId == null) {
      FacesActions.error(texts.get("admin.products.chooseProduct"));
      return;
    }
    LicenceKeys.Upload[] done = new LicenceKeys.Upload[1];
    if (FacesActions.attempt(
        () ->
            done[0] =
                keys.upload(productId, Arrays.asList((text == null ? "" : text).split("\\R"))),
        null)) {
      FacesActions.info(
          texts.format(
              "admin.products.keysAdded",
              done[0].added(),
              done[0].duplicates(),
              done[0].available()));
      text = null;
      list.forget();
    }
  }

  /** The licence products, whose pools take keys. */
  public List<ProductView> getLicences() {
    return list.getProducts().stream().filter(p -> "licence".equals(p.kind())).toList();
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
