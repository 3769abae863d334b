package io.brandcloud.web.faces.catalog;

import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A price the reseller sets for something sold on top of servers (per GB and month for snapshots
 * and volumes, per GB of transfer above the pool, per extra address and month); left empty, it is
 * not sold. Says so with {@code <texts>Repriced} or {@code <texts>NotSold}.
 */
public abstract class AddOnPriceForm implements Serializable {

  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private BigDecimal price;
  private boolean read;

  protected abstract Optional<Money> current();

  protected abstract void change(BigDecimal price, String actor);

  /** The start of the keys of the texts that say what a save did. */
  protected abstract String texts();

  public BigDecimal getPrice() {
    if (!read) {
      price = current().map(MoneyFormat::asTyped).orElse(null);
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
        () -> change(price, currentLogin.login().orElseThrow().name()),
        texts.get(texts() + (price == null ? "NotSold" : "Repriced")));
    read = false;
  }
}
