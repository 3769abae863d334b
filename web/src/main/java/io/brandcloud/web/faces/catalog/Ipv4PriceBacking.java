package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/** The reseller's price per extra IPv4 address and month; left empty, none are sold. */
@Named
@ViewScoped
public class Ipv4PriceBacking extends AddOnPriceForm {

  @EJB ServerAddresses addresses;

  @Override
  protected Optional<Money> current() {
    return addresses.monthPriceForStaff();
  }

  @Override
  protected void change(BigDecimal price, String actor) {
    addresses.changePrice(price, actor);
  }

  @Override
  protected String texts() {
    return "admin.plans.ipv4";
  }
}
