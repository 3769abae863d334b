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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, read once per request: a page asks its getters many times while it
 * renders (a table for every phase, the poll for its condition), and each ask was a transaction.
 */
@RequestScoped
public class PortalDashboard {

  @EJB Servers servers;
  @EJB PlanCatalog catalog;
  @EJB Wallets wallets;
  @EJB ProviderConnections connections;
  @Inject CurrentUser user;

  private List<ServerView> organisationServers;
  private Money balance;
  private List<PlanView> plans;
  private final Map<Long, List<String>> regions = new HashMap<>();
  private final Map<Long, List<String>> images = new HashMap<>();

  public List<ServerView> servers() {
    if (organisationServers == null) {
      organisationServers =
          user.may("servers:view") ? servers.ofOrganisation(user.organisationId()) : List.of();
    }
    return organisationServers;
  }

  public Money balance() {
    if (balance == null) {
      balance = wallets.balanceOf(user.organisationId());
    }
    return balance;
  }

  public List<PlanView> plans() {
    if (plans == null) {
      plans = catalog.active();
    }
    return plans;
  }

  public List<String> regions(long connectionId) {
    return regions.computeIfAbsent(connectionId, connections::regions);
  }

  public List<String> images(long connectionId) {
    return images.computeIfAbsent(connectionId, connections::images);
  }

  /** After an order: the servers and the balance are read again. */
  public void forget() {
    organisationServers = null;
    balance = null;
  }
}
