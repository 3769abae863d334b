package io.brandcloud.web.faces.dashboards;

import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.provisioning.transfer.domain.TransferMonth;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The organisation's transfer pool this month on the dashboard, read once per request. */
@Named
@RequestScoped
public class CustomerTransfer {

  @EJB TransferPools pools;
  @Inject CurrentUser user;

  private TransferMonth month;
  private Optional<Money> overageGbPrice;

  public TransferMonth getMonth() {
    if (month == null) {
      month = pools.thisMonth(user.organisationId());
    }
    return month;
  }

  /** What a GB above the pool costs at the month's end; null while nothing is charged. */
  public Money getOverageGbPrice() {
    if (overageGbPrice == null) {
      overageGbPrice = pools.overageGbPrice();
    }
    return overageGbPrice.orElse(null);
  }

  /** How full the bar is drawn: the share used, never past the end. */
  public int getFilled() {
    return Math.min(100, getMonth().percentUsed());
  }
}
