package io.brandcloud.web.faces.provisioning;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.reconciliation.application.ReconciliationFindings;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.ServerDrift;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.UnknownServer;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.StaffPermissions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What the hourly reconciliation with the providers found: drift of the tenant's servers to mark
 * seen, and upstream servers none of ours is, to import for a customer or ignore.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

  @EJB ReconciliationFindings findings;
  @EJB PlanCatalog catalog;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final PagedModel<ServerDrift> drift =
      new PagedModel<>(request -> findings.drift(request), d -> Long.toString(d.id()));
  private final PagedModel<UnknownServer> unknown =
      new PagedModel<>(request -> findings.unknown(request), u -> Long.toString(u.id()));
  private Long importing;
  private Long organisationId;
  private Long planId;
  private String hostname;

  public PagedModel<ServerDrift> getDrift() {
    return drift;
  }

  public PagedModel<UnknownServer> getUnknown() {
    return unknown;
  }

  public void seen(ServerDrift row) {
    if (StaffPermissions.allowed(StaffPermission.SERVERS_MANAGE)) {
      FacesActions.attempt(() -> findings.seen(row.id(), actor()), null);
    }
  }

  public void ignore(UnknownServer row) {
    if (StaffPermissions.allowed(StaffPermission.SERVERS_MANAGE)) {
      FacesActions.attempt(
          () -> findings.ignore(row.id(), actor()),
          texts.format("admin.reconciliation.ignored", row.name()));
    }
  }

  /** Opens the import form for one upstream server. */
  public void choose(UnknownServer row) {
    importing = row.id();
    hostname = row.name() == null ? null : row.name().toLowerCase(java.util.Locale.ROOT);
  }

  public void importServer() {
    if (StaffPermissions.allowed(StaffPermission.SERVERS_MANAGE)
        && FacesActions.attempt(
            () -> findings.importAs(importing, organisationId, planId, hostname, actor()),
            texts.format("admin.reconciliation.imported", hostname))) {
      importing = null;
    }
  }

  public List<PlanView> getPlans() {
    return catalog.forImport();
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
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
