package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.reconciliation.application.ReconciliationFindings;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.UnknownServer;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Imports an upstream server none of ours is: for which customer, on which plan, by what name. */
@Named
@ViewScoped
public class ServerImportBacking implements Serializable {

  @EJB ReconciliationFindings findings;
  @EJB PlanCatalog catalog;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private Long importing;
  private Long organisationId;
  private Long planId;
  private String hostname;

  /** Opens the import form for one upstream server. */
  public void choose(UnknownServer row) {
    importing = row.id();
    hostname = row.name() == null ? null : row.name().toLowerCase(Locale.ROOT);
  }

  public void importServer() {
    String actor = currentLogin.login().orElseThrow().name();
    if (FacesActions.attempt(
        () -> findings.importAs(importing, organisationId, planId, hostname, actor),
        texts.format("admin.reconciliation.imported", hostname))) {
      importing = null;
    }
  }

  public List<PlanView> getPlans() {
    return catalog.forImport();
  }

  public Long getImporting() {
    return importing;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }
}
