package io.brandcloud.catalog.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tenant's prices per GB: per GB and month for what customers keep by the hour (snapshots,
 * volumes), per GB of transfer above the pool; read in the tenant's currency, changed by staff who
 * manage the catalog, checked and audited the same way.
 */
@ApplicationScoped
public class GbMonthPrices {

  @Inject AuditLog audit;

  /** A stored price in the tenant's currency; empty while the thing is not sold. */
  public Optional<Money> inCurrency(Optional<BigDecimal> stored) {
    return stored.map(price -> new Money(price, CurrentTenant.require().currency()));
  }

  /**
   * Checks a new price (null: no longer sold) as an amount of the tenant's currency, stores it and
   * audits it as {@code <what>.repriced}.
   */
  public void change(
      String what, BigDecimal gbMonthPrice, String actor, Consumer<BigDecimal> store) {
    change(what, "gbMonthPrice", gbMonthPrice, actor, store);
  }

  /** As {@link #change(String, BigDecimal, String, Consumer)}, for a price named {@code field}. */
  public void change(
      String what, String field, BigDecimal newPrice, String actor, Consumer<BigDecimal> store) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    BigDecimal price =
        newPrice == null
            ? null
            : Validation.requireAmountOrZero(field, newPrice, CurrentTenant.require().currency());
    store.accept(price);
    audit.record(
        actor, what + ".repriced", "tenant", price == null ? "not sold" : price.toPlainString());
  }
}
