package io.brandcloud.web.faces.admin;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.provisioning.application.ProviderConnections;
import io.brandcloud.provisioning.application.ProviderConnections.ConnectionView;
import io.brandcloud.provisioning.domain.ProviderPlan;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Provider connections and the plans sold on them. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @Inject Texts texts;
  @Inject MoneyFormat money;

  private String connectionName = "Simulator";
  private String connectionType = "SIMULATOR";
  private Long connectionId;
  private String providerPlanCode;
  private String planName;
  private BigDecimal markupPercent = new BigDecimal("25");

  public List<ConnectionView> getConnections() {
    return connections.all();
  }

  public List<ProviderPlan> getProviderPlans() {
    Long id = effectiveConnection();
    return id == null ? List.of() : connections.plans(id);
  }

  public void addConnection() {
    if (FacesActions.attempt(
        () -> connections.add(connectionName, connectionType),
        texts.format("admin.plans.connectionAdded", connectionName))) {
      connectionName = null;
    }
  }

  public void createPlan() {
    Long id = effectiveConnection();
    if (id == null) {
      FacesActions.error(texts.get("admin.plans.connectionFirst"));
      return;
    }
    if (FacesActions.attempt(
        () -> catalog.create(id, providerPlanCode, planName, markupPercent),
        texts.format("admin.plans.planCreated", planName))) {
      planName = null;
      providerPlanCode = null;
    }
  }

  /** A provider plan in the plan form's list: code, description and what it costs a month. */
  public String providerPlanLabel(ProviderPlan plan) {
    return texts.format(
        "admin.plans.providerPlanLabel",
        plan.code(),
        plan.description(),
        money.show(plan.monthlyCost()));
  }

  private Long effectiveConnection() {
    if (connectionId != null) {
      return connectionId;
    }
    return getConnections().stream().findFirst().map(ConnectionView::id).orElse(null);
  }

  public String getConnectionName() {
    return connectionName;
  }

  public void setConnectionName(String connectionName) {
    this.connectionName = connectionName;
  }

  public String getConnectionType() {
    return connectionType;
  }

  public void setConnectionType(String connectionType) {
    this.connectionType = connectionType;
  }

  public Long getConnectionId() {
    return connectionId;
  }

  public void setConnectionId(Long connectionId) {
    this.connectionId = connectionId;
  }

  public String getProviderPlanCode() {
    return providerPlanCode;
  }

  public void setProviderPlanCode(String providerPlanCode) {
    this.providerPlanCode = providerPlanCode;
  }

  public String getPlanName() {
    return planName;
  }

  public void setPlanName(String planName) {
    this.planName = planName;
  }

  public BigDecimal getMarkupPercent() {
    return markupPercent;
  }

  public void setMarkupPercent(BigDecimal markupPercent) {
    this.markupPercent = markupPercent;
  }
}
