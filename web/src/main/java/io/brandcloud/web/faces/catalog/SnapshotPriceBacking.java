package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/** The reseller's price for snapshots per GB and month; left empty, snapshots are not sold. */
@Named
@ViewScoped
public class SnapshotPriceBacking extends AddOnPriceForm {

  @EJB ServerSnapshots snapshots;

  @Override
  protected Optional<Money> current() {
    return snapshots.gbMonthPriceForStaff();
  }

  @Override
  protected void change(BigDecimal price, String actor) {
    snapshots.changePrice(price, actor);
  }

  @Override
  protected String texts() {
    return "admin.plans.snapshots";
  }
}
