package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/** The reseller's price per GB of transfer above the pool; left empty, none is charged. */
@Named
@ViewScoped
public class TransferPriceBacking extends AddOnPriceForm {

  @EJB TransferPools pools;

  @Override
  protected Optional<Money> current() {
    return pools.overageGbPriceForStaff();
  }

  @Override
  protected void change(BigDecimal price, String actor) {
    pools.changeOveragePrice(price, actor);
  }

  @Override
  protected String texts() {
    return "admin.plans.transfer";
  }
}
