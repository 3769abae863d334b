package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.tenancy.CurrentTenant;
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
 * What one connection's provider offers, as its last sync found it: regions and images to offer to
 * customers or withdraw, and plans with what they cost (set by staff where the provider lists no
 * price in the tenant's currency).
 */
@Named
@ViewScoped
public class CatalogChoicesBacking implements Serializable {

  @EJB ProviderConnections connections;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;
  @Inject MoneyFormat money;

  private Long connectionId;
  private final Map<String, BigDecimal> costs = new HashMap<>();

  /** What the plan costs the reseller a month, as money, or that no price is known. */
  public String costOf(CatalogEntry plan) {
    return plan.monthlyCostIn(CurrentTenant.require().currency())
        .map(cost -> texts.format("admin.connections.costPerMonth", money.show(cost)))
        .orElseGet(() -> texts.get("admin.plans.noCost"));
  }

  public List<CatalogEntry> entries(String kind) {
    Long chosen = getConnectionId();
    return chosen == null ? List.of() : connections.entries(chosen, Kind.valueOf(kind));
  }

  public void offer(CatalogEntry entry, boolean offered) {
    FacesActions.attempt(
        () -> connections.offer(connectionId, entry.kind(), entry.code(), offered, actor()),
        texts.format(
            offered ? "admin.connections.entryOffered" : "admin.connections.entryWithdrawn",
            entry.name()));
  }

  public void setCost(CatalogEntry plan) {
    FacesActions.attempt(
        () -> connections.setCost(connectionId, plan.code(), costs.get(plan.code()), actor()),
        texts.format("admin.connections.costSet", plan.name()));
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public Map<String, BigDecimal> getCosts() {
    return costs;
  }

  /** The connection chosen, or the first one, rather than an empty section. */
  public Long getConnectionId() {
    // asked again while there is none: one may have been added since
    if (connectionId == null) {
      connections.all().stream().findFirst().ifPresent(c -> connectionId = c.id());
    }
    return connectionId;
  }

  public void setConnectionId(Long connectionId) {
    this.connectionId = connectionId;
  }
}
