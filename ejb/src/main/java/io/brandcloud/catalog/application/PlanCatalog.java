package io.brandcloud.catalog.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.domain.Plan;
import io.brandcloud.catalog.domain.PlanPricing;
import io.brandcloud.catalog.domain.PlanRepository;
import io.brandcloud.catalog.domain.PlanRepriced;
import io.brandcloud.catalog.domain.UpstreamPlans;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The current tenant's plans. */
@Stateless
public class PlanCatalog {

  @Inject PlanRepository plans;
  @Inject UpstreamPlans upstream;
  @Inject ApplicationClock clock;
  @EJB Outbox events;
  @Inject AuditLog audit;
  @Inject MemberAccess members;

  /** Sells a provider plan under a name with a markup; the provider's current cost is the base. */
  public PlanView create(
      long connectionId, String providerPlanCode, String name, BigDecimal markupPercent) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    String planName = Validation.requireText("name", name, 120);
    checkedMarkup(markupPercent);
    BigDecimal monthlyCost =
        upstream
            .monthlyCost(connectionId, providerPlanCode)
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "providerPlanCode",
                        "No such provider plan, or it has no monthly cost in "
                            + CurrentTenant.require().currency().getCurrencyCode()
                            + " yet (set one on its connection)"));
    Money cost = new Money(monthlyCost, CurrentTenant.require().currency());
    Plan plan =
        new Plan(
            planName,
            connectionId,
            providerPlanCode,
            new PlanPricing(cost, markupPercent),
            clock.now());
    plans.add(plan);
    audit.record(
        null,
        "plan.created",
        "plan " + plan.id(),
        planName + ": " + providerPlanCode + " + " + markupPercent + " %");
    return PlanView.of(plan);
  }

  /**
   * Changes a plan's markup and/or backup price (null leaves one as it is, a negative backup price
   * stops offering backups). Servers on the plan pay the new price from the next full hour.
   */
  public PlanView changePricing(
      long planId, BigDecimal markupPercent, BigDecimal backupMonthlyPrice, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Plan plan =
        plans.find(planId).orElseThrow(() -> BrandcloudException.notFound("Plan " + planId));
    if (markupPercent != null) {
      plan.reprice(checkedMarkup(markupPercent));
    }
    if (backupMonthlyPrice != null) {
      plan.offerBackups(
          backupMonthlyPrice.signum() < 0
              ? null
              : Validation.requireAmountOrZero(
                  "backupMonthlyPrice", backupMonthlyPrice, CurrentTenant.require().currency()));
    }
    events.publish(new PlanRepriced(planId, clock.now()));
    audit.record(
        actor,
        "plan.repriced",
        "plan " + planId,
        "markup=" + plan.markupPercent() + " backup=" + plan.backupMonthlyPrice().orElse(null));
    return PlanView.of(plan);
  }

  /**
   * Retires a plan (no new server is ordered on it; servers on it run on and pay as before) or
   * offers it again.
   */
  public PlanView offer(long planId, boolean offered, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Plan plan =
        plans.find(planId).orElseThrow(() -> BrandcloudException.notFound("Plan " + planId));
    plan.offer(offered);
    audit.record(actor, offered ? "plan.offered" : "plan.retired", "plan " + planId, plan.name());
    return PlanView.of(plan);
  }

  private static BigDecimal checkedMarkup(BigDecimal markupPercent) {
    // NUMERIC(7, 2); above 10000 % is a typo
    return Validation.requireDecimal(
        "markupPercent", markupPercent, BigDecimal.ZERO, true, BigDecimal.valueOf(10_000), 2);
  }

  /** Every plan with its costs and markup, for staff who keep the catalog. */
  public List<PlanView> all() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return views();
  }

  /** One plan with its costs and markup, for staff who keep the catalog. */
  public PlanView plan(long planId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return find(planId).orElseThrow(() -> BrandcloudException.notFound("Plan " + planId));
  }

  /** Every plan, offered or not, that staff who act on servers may import a server into. */
  public List<PlanView> forImport() {
    CurrentCaller.requireStaff(StaffPermission.SERVERS_MANAGE);
    return views();
  }

  /** The plans on sale, as a member of the organisation who may see its servers is shown them. */
  public List<PlanView> onSale(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return active();
  }

  /** The plans customers may order. */
  public List<PlanView> active() {
    return views().stream().filter(PlanView::active).toList();
  }

  private List<PlanView> views() {
    return plans.all().stream().map(PlanView::of).toList();
  }

  public Optional<PlanView> find(long planId) {
    return plans.find(planId).map(PlanView::of);
  }
}
