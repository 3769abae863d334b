package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans on offer and their prices, each editable where it is listed: markup and backup price
 * (running servers pay a new price from the next full hour), and retiring a plan or offering it
 * again.
 */
@Named
@ViewScoped
public class PlanPricesBacking implements Serializable {

  @EJB PlanCatalog catalog;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final Map<Long, BigDecimal> markups = new HashMap<>();
  // an empty backup price offers no backups
  private final Map<Long, BigDecimal> backupPrices = new HashMap<>();
  private transient List<PlanView> plans;

  public List<PlanView> getPlans() {
    if (plans == null) {
      plans = catalog.all();
      for (PlanView plan : plans) {
        markups.putIfAbsent(plan.id(), plan.markupPercent());
        if (plan.backupMonthlyPrice() != null) {
          backupPrices.putIfAbsent(plan.id(), MoneyFormat.asTyped(plan.backupMonthlyPrice()));
        }
      }
    }
    return plans;
  }

  public Map<Long, BigDecimal> getMarkups() {
    return markups;
  }

  public Map<Long, BigDecimal> getBackupPrices() {
    return backupPrices;
  }

  public void save(PlanView plan) {
    BigDecimal backup = backupPrices.get(plan.id());
    if (backup != null && backup.signum() < 0) {
      // the service reads a negative price as "no backups": typed here, it is a mistake
      FacesActions.error(texts.get("admin.plans.backupNegative"));
      return;
    }
    FacesActions.attempt(
        () ->
            catalog.changePricing(
                plan.id(),
                markups.get(plan.id()),
                backup == null ? BigDecimal.ONE.negate() : backup,
                actor()),
        texts.format("admin.plans.repriced", plan.name()));
    forget();
  }

  public void offer(PlanView plan, boolean offered) {
    FacesActions.attempt(
        () -> catalog.offer(plan.id(), offered, actor()),
        texts.format(offered ? "admin.plans.offered" : "admin.plans.retired", plan.name()));
    forget();
  }

  private void forget() {
    plans = null;
    markups.clear();
    backupPrices.clear();
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }
}
