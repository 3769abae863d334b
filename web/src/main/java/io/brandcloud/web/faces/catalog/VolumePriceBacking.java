package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.volumes.application.ServerVolumes;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/** The reseller's price for volumes per GB and month; left empty, volumes are not sold. */
@Named
@ViewScoped
public class VolumePriceBacking extends AddOnPriceForm {

  @EJB ServerVolumes volumes;

  @Override
  protected Optional<Money> current() {
    return volumes.gbMonthPriceForStaff();
  }

  @Override
  protected void change(BigDecimal price, String actor) {
    volumes.changePrice(price, actor);
  }

  @Override
  protected String texts() {
    return "admin.plans.volumes";
  }
}
