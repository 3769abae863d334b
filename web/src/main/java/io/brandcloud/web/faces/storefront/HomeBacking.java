package io.brandcloud.web.faces.storefront;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;

/**
 * The shop's home page as a visitor first sees it: its words (which staff change on the Texts page)
 * and what the cheapest server costs a month, read from the catalog.
 */
@Named
@RequestScoped
public class HomeBacking {

  @EJB PlanCatalog catalog;

  private Money from;
  private boolean read;

  /** The monthly price of the cheapest plan on sale; null while nothing is on sale. */
  public Money getFromPrice() {
    if (!read) {
      from =
          catalog.active().stream()
              .map(PlanView::monthlyPrice)
              .min(Comparator.comparing(Money::amount))
              .orElse(null);
      read = true;
    }
    return from;
  }
}
