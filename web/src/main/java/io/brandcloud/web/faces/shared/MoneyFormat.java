package io.brandcloud.web.faces.shared;

import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Money as the tenant shows it to customers: in its currency, or as credits (100 credits = 1.00)
 * when the tenant sells credits. Invoices stay in the currency.
 */
@Named("money")
@RequestScoped
public class MoneyFormat {

  private static final int RATE_DECIMALS = 6;

  @EJB TenantSettings settings;

  private Boolean credits;

  public String show(Money money) {
    if (money == null) {
      return "";
    }
    return inCredits() ? money.displayAsCredits(locale()) : money.display(locale());
  }

  /** A price per hour, to the sixth decimal, so 0.008562 does not read as 0.01. */
  public String rate(Money money) {
    if (money == null) {
      return "";
    }
    return inCredits() ? money.displayAsCredits(locale()) : money.display(locale(), RATE_DECIMALS);
  }

  /** The decimals of the tenant's currency, for amounts people type. */
  public int getDecimals() {
    return Math.max(CurrentTenant.require().currency().getDefaultFractionDigits(), 0);
  }

  /**
   * An amount as a field shows it for typing: 0.06, not the 0.060000 it is kept as; the currency's
   * decimals, more only where the price has them.
   */
  public static BigDecimal asTyped(Money price) {
    BigDecimal stripped = price.amount().stripTrailingZeros();
    return stripped.setScale(
        Math.max(stripped.scale(), price.currency().getDefaultFractionDigits()));
  }

  private static Locale locale() {
    return Views.locale();
  }

  private boolean inCredits() {
    if (credits == null) {
      credits = CurrentTenant.get().isPresent() && settings.current().displayCredits();
    }
    return credits;
  }
}
