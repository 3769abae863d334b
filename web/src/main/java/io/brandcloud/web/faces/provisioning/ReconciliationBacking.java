package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.reconciliation.application.ReconciliationFindings;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.ServerDrift;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.UnknownServer;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What the hourly reconciliation with the providers found: drift of the tenant's servers to mark
 * seen, and upstream servers none of ours is, to ignore or to import ({@link ServerImportBacking}).
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

  @EJB ReconciliationFindings findings;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final PagedModel<ServerDrift> drift =
      new PagedModel<>(request -> findings.drift(request), d -> Long.toString(d.id()));
  private final PagedModel<UnknownServer> unknown =
      new PagedModel<>(request -> findings.unknown(request), u -> Long.toString(u.id()));

  public PagedModel<ServerDrift> getDrift() {
    return drift;
  }

  public PagedModel<UnknownServer> getUnknown() {
    return unknown;
  }

  public void seen(ServerDrift row) {
    FacesActions.attempt(() -> findings.seen(row.id(), actor()), null);
  }

  public void ignore(UnknownServer row) {
    FacesActions.attempt(
        () -> findings.ignore(row.id(), actor()),
        texts.format("admin.reconciliation.ignored", row.name()));
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }
}
