package io.brandcloud.web.faces.shared;

import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Money as the tenant shows it to customers: in its currency, or as credits (100 credits = 1.00)
 * when the tenant sells credits. Invoices stay in the currency.
 */
@Named("money")
@RequestScoped
public class MoneyFormat {

  @EJB TenantSettings settings;

  private Boolean credits;

  public String show(Money money) {
    if (money == null) {
      return "";
    }
    return inCredits() ? money.displayAsCredits() : money.display();
  }

  private boolean inCredits() {
    if (credits == null) {
      credits = CurrentTenant.get().isPresent() && settings.current().displayCredits();
    }
    return credits;
  }
}
