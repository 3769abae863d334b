package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The reseller's price for snapshots per GB and month; left empty, snapshots are not sold. */
@Named
@ViewScoped
public class SnapshotPriceBacking implements Serializable {

  @EJB ServerSnapshots snapshots;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private BigDecimal price;
  private boolean read;

  public BigDecimal getPrice() {
    if (!read) {
      price = snapshots.gbMonthPriceForStaff().map(MoneyFormat::asTyped).orElse(null);
      read = true;
    }
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
    read = true;
  }

  public void save() {
    FacesActions.attempt(
        () -> snapshots.changePrice(price, currentLogin.login().orElseThrow().name()),
        texts.get(
            price == null ? "admin.plans.snapshotsNotSold" : "admin.plans.snapshotsRepriced"));
    read = false;
  }
}
