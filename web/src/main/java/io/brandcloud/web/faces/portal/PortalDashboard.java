package io.brandcloud.web.faces.portal;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.application.ProviderConnections;
import io.brandcloud.provisioning.application.ServerView;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dashboard shows, read once per request (again only if the chosen plan changes) and in
 * one transaction: a page asks its getters many times while it renders, and each ask used to be a
 * transaction of its own.
 */
@RequestScoped
public class PortalDashboard {

  /** The dashboard as of this request; regions and images are those of the chosen plan. */
  public record Snapshot(
      List<ServerView> servers,
      Money balance,
      List<PlanView> plans,
      Optional<PlanView> plan,
      List<String> regions,
      List<String> images) {}

  @EJB Servers servers;
  @EJB PlanCatalog catalog;
  @EJB Wallets wallets;
  @EJB ProviderConnections connections;
  @Inject CurrentUser user;

  /** This bean's own proxy: a call through it gets the transaction, a call on {@code this} not. */
  @Inject PortalDashboard self;

  private Snapshot snapshot;
  private Long snapshotPlanId;

  public Snapshot of(Long planId) {
    if (snapshot == null || !Objects.equals(snapshotPlanId, planId)) {
      snapshot = self.read(planId);
      snapshotPlanId = planId;
    }
    return snapshot;
  }

  @Transactional
  public Snapshot read(Long planId) {
    List<PlanView> plans = catalog.active();
    Optional<PlanView> plan =
        plans.stream().filter(p -> planId == null || p.id() == planId).findFirst();
    return new Snapshot(
        user.may("servers:view") ? servers.ofOrganisation(user.organisationId()) : List.of(),
        wallets.balanceOf(user.organisationId()),
        plans,
        plan,
        plan.map(p -> connections.regions(p.connectionId())).orElse(List.of()),
        plan.map(p -> connections.images(p.connectionId())).orElse(List.of()));
  }

  /** After an order: everything is read again. */
  public void forget() {
    snapshot = null;
  }
}
