package io.brandcloud.web.faces.catalog;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.application.ProviderConnections.ConnectionView;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The plans sold on the provider connections, and selling another. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @Inject Texts texts;
  @Inject MoneyFormat money;

  private final NewPlanForm form = new NewPlanForm();

  public List<ConnectionView> getConnections() {
    return connections.all();
  }

  public List<CatalogEntry> getProviderPlans() {
    Long id = effectiveConnection();
    return id == null ? List.of() : connections.plans(id);
  }

  public void createPlan() {
    Long id = effectiveConnection();
    if (id == null) {
      FacesActions.error(texts.get("admin.plans.connectionFirst"));
      return;
    }
    if (FacesActions.attempt(
        () ->
            catalog.create(
                id, form.getProviderPlanCode(), form.getPlanName(), form.getMarkupPercent()),
        texts.format("admin.plans.planCreated", form.getPlanName()))) {
      form.next();
    }
  }

  /** A provider plan in the plan form's list: code, description and what it costs a month. */
  public String providerPlanLabel(CatalogEntry plan) {
    return texts.format(
        "admin.plans.providerPlanLabel",
        plan.code(),
        plan.name(),
        plan.monthlyCostIn(CurrentTenant.require().currency())
            .map(money::show)
            .orElseGet(() -> texts.get("admin.plans.noCost")));
  }

  private Long effectiveConnection() {
    if (form.getConnectionId() != null) {
      return form.getConnectionId();
    }
    return getConnections().stream().findFirst().map(ConnectionView::id).orElse(null);
  }

  public NewPlanForm getForm() {
    return form;
  }
}
