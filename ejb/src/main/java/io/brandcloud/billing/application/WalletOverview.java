package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.WalletFigures;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** The current tenant's wallets as its staff's dashboard shows them. */
@Stateless
public class WalletOverview {

  @Inject WalletFigures figures;
  @Inject ApplicationClock clock;

  /**
   * This month's top-ups less refunds to cards (the tenant's calendar), the wallets below zero and
   * what they owe, and the customers running out of credit soonest.
   */
  public record Overview(
      Money topUpsThisMonth, long walletsInDebt, Money debt, List<RunningLow> runningLow) {}

  /** A customer whose balance lasts fewer hours than the tenant's low-balance threshold. */
  public record RunningLow(long organisationId, String name, Money balance, long hoursLeft) {}

  public Overview current(int runningLow) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    TenantContext tenant = CurrentTenant.require();
    Currency currency = tenant.currency();
    Instant monthStart =
        LocalDate.ofInstant(clock.now(), tenant.timeZone())
            .withDayOfMonth(1)
            .atStartOfDay(tenant.timeZone())
            .toInstant();
    WalletFigures.Debt debt = figures.debt();
    return new Overview(
        new Money(figures.topUpsSince(monthStart), currency),
        debt.wallets(),
        new Money(debt.total(), currency),
        figures.lowestBalances(runningLow).stream()
            .map(
                low ->
                    new RunningLow(
                        low.organisationId(),
                        low.name(),
                        new Money(low.balance(), currency),
                        low.balance().signum() <= 0
                            ? 0
                            : low.balance()
                                .divide(low.perHour(), 0, RoundingMode.DOWN)
                                .longValue()))
            .toList());
  }
}
