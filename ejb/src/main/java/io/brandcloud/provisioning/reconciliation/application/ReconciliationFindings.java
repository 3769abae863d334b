package io.brandcloud.provisioning.reconciliation.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.ServerDrift;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.UnknownServer;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What reconciliation with the providers found, for staff: drift to look at, and upstream servers
 * none of ours is, to import for a customer (billed from then on) or ignore.
 */
@Stateless
public class ReconciliationFindings {

  @Inject Reconciliations reconciliations;
  @Inject ServerRepository servers;
  @EJB PlanCatalog catalog;
  @EJB CustomerDirectory customers;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public Page<ServerDrift> drift(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return reconciliations.unseenDrift(page);
  }

  public void seen(long driftId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SERVERS_MANAGE);
    if (!reconciliations.markSeen(driftId, actor, clock.now())) {
      throw BrandcloudException.notFound("Drift " + driftId);
    }
  }

  public Page<UnknownServer> unknown(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return reconciliations.undecided(page);
  }

  public void ignore(long unknownId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SERVERS_MANAGE);
    UnknownServer unknown = undecided(unknownId);
    reconciliations.decide(unknownId, "IGNORED", actor, clock.now());
    audit.record(
        actor, "upstream.ignored", "connection " + unknown.connectionId(), unknown.externalId());
  }

  /**
   * Makes an upstream server a customer's server on one of the connection's plans, billed at the
   * plan's price from now on.
   */
  public ServerView importAs(
      long unknownId, long organisationId, long planId, String hostname, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SERVERS_MANAGE);
    UnknownServer unknown = undecided(unknownId);
    customers.get(organisationId);
    PlanView plan =
        catalog
            .find(planId)
            .orElseThrow(() -> BrandcloudException.invalid("planId", "No such plan"));
    if (plan.connectionId() != unknown.connectionId()) {
      throw BrandcloudException.invalid(
          "planId", "The plan " + plan.name() + " is sold on another provider connection");
    }
    Instant now = clock.now();
    Server server =
        new Server(
            organisationId,
            planId,
            unknown.connectionId(),
            new ServerSpec(
                Servers.requireHostname(hostname),
                plan.providerPlanCode(),
                orUnknown(unknown.region()),
                orUnknown(unknown.image())),
            plan.hourlyPrice().amount(),
            now);
    server.provisioningStarted(unknown.externalId());
    server.becameRunning(unknown.ipv4(), now);
    if (Phase.STOPPED.name().equals(unknown.state())) {
      server.stopped();
    }
    servers.add(server);
    reconciliations.decide(unknownId, "IMPORTED", actor, now);
    audit.record(
        actor,
        "upstream.imported",
        "server " + server.id(),
        unknown.externalId() + " for customer " + organisationId + " on " + plan.name());
    return ServerView.of(server, CurrentTenant.require().currency());
  }

  private UnknownServer undecided(long unknownId) {
    return reconciliations
        .findUndecided(unknownId)
        .orElseThrow(() -> BrandcloudException.notFound("Unknown upstream server " + unknownId));
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }
}
