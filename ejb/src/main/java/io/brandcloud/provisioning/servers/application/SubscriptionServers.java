package io.brandcloud.provisioning.servers.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.actions.application.RootPasswords;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Servers sold by the term: built when their subscription is ordered, suspended while its renewal
 * is unpaid, started again when it is paid, resized when it changes plan and deleted when it ends.
 * Each step changes the server in the caller's transaction and asks the provider through the server
 * action queue, which calls it after the commit.
 */
@Stateless
public class SubscriptionServers {

  @Inject ServerRepository servers;
  @Inject MemberAccess members;
  @Inject ServerOffers offers;
  @Inject ServerQuotas quotas;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject RootPasswords passwords;
  @Inject ServerTermination termination;
  @EJB ServerActions actions;
  @EJB PlanCatalog catalog;

  /**
   * Whether the organisation may have a server of the plan as chosen: 400 naming the field, 409 for
   * a plan no longer sold or a server limit reached.
   */
  public void check(long organisationId, long planId, ServerChoice choice) {
    members.require(organisationId, Permission.SERVERS_CREATE);
    PlanView plan = offers.planOnSale(planId);
    offers.requireOffered(plan.connectionId(), spec(plan, choice));
    quotas.requireRoomFor(organisationId, Money.zero(CurrentTenant.require().currency()));
  }

  /** Builds the subscription's server: saved pending, with a create action for the worker. */
  public ServerView create(
      long organisationId, long planId, ServerChoice choice, long subscriptionId) {
    check(organisationId, planId, choice);
    PlanView plan = offers.planOnSale(planId);
    Server server =
        Server.forSubscription(
            organisationId,
            planId,
            plan.connectionId(),
            spec(plan, choice),
            subscriptionId,
            clock.now());
    servers.add(server);
    actions.request(
        server, ServerActionType.CREATE, null, passwords.choose(), "ordered by the term");
    audit.record(
        null,
        "server.created",
        "server " + server.id(),
        server.hostname() + " on plan " + plan.name() + " for subscription " + subscriptionId);
    return ServerView.of(server, CurrentTenant.require().currency());
  }

  /**
   * The organisation's hourly server an add-on is ordered for, locked so a deletion cannot slip
   * between the check and the order: 404 when it has no such server, 409 when it is deleted, not
   * built yet, or paid by a subscription (whose add-ons hang on the subscription); answers its host
   * name.
   */
  public String requireAttachable(long organisationId, long serverId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    Server server =
        servers
            .findForUpdate(serverId)
            .filter(s -> s.organisationId() == organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    if (server.status() == ServerStatus.TERMINATED || server.status() == ServerStatus.FAILED) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The server " + server.hostname() + " has been deleted");
    }
    if (server.status() == ServerStatus.PENDING || server.status() == ServerStatus.PROVISIONING) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The server " + server.hostname() + " is not built yet");
    }
    if (server.subscriptionId().isPresent()) {
      throw BrandcloudException.invalid(
          "attachToServer",
          "The server "
              + server.hostname()
              + " is paid by a subscription: attach the add-on to the subscription");
    }
    return server.hostname();
  }

  /** The host name of a server an add-on hangs on, deleted or not. */
  public Optional<String> hostnameOf(long serverId) {
    return servers.find(serverId).map(Server::hostname);
  }

  /** The subscription's server, if it has one that is not deleted. */
  public Optional<ServerView> of(long subscriptionId) {
    return servers
        .bySubscription(subscriptionId)
        .filter(s -> s.status() != ServerStatus.TERMINATED)
        .map(s -> ServerView.of(s, CurrentTenant.require().currency()));
  }

  /** The renewal is unpaid past the grace period: the server stops, its disk kept. */
  public void suspend(long subscriptionId, String reason) {
    servers
        .bySubscriptionForUpdate(subscriptionId)
        .filter(s -> s.status() == ServerStatus.RUNNING || s.status() == ServerStatus.STOPPED)
        .ifPresent(
            s -> {
              s.suspend(clock.now(), Server.Suspension.SUBSCRIPTION);
              actions.request(s, ServerActionType.SUSPEND, reason);
            });
  }

  /** The renewal is paid: a server suspended for it starts again. */
  public void resume(long subscriptionId, String reason) {
    servers
        .bySubscriptionForUpdate(subscriptionId)
        .filter(s -> s.status() == ServerStatus.SUSPENDED)
        .filter(s -> s.suspension().orElse(null) == Server.Suspension.SUBSCRIPTION)
        .ifPresent(s -> actions.request(s, ServerActionType.UNSUSPEND, reason));
  }

  /**
   * Whether the subscription's server can move to the plan: on sale, with the same provider
   * connection (409 otherwise). Asked when the change is asked, also for the end of the term.
   */
  public void requireResizable(long subscriptionId, long planId) {
    PlanView plan = offers.planOnSale(planId);
    Optional<Server> server =
        servers.bySubscription(subscriptionId).filter(s -> s.status() != ServerStatus.TERMINATED);
    if (server.isPresent() && server.get().connectionId() != plan.connectionId()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The server cannot move to " + plan.name() + ": it runs with another provider");
    }
  }

  /**
   * The subscription moved to another server product: the server is resized to its plan. A plan
   * that can no longer take it (another provider since the change was asked) leaves the server as
   * it is, recorded, rather than the renewal undone.
   */
  public void resize(long subscriptionId, long planId, String reason) {
    Optional<Server> server =
        servers
            .bySubscriptionForUpdate(subscriptionId)
            .filter(s -> s.status() != ServerStatus.TERMINATED);
    if (server.isEmpty() || server.get().planId() == planId) {
      return;
    }
    long connection = server.get().connectionId();
    if (catalog.find(planId).filter(p -> p.connectionId() == connection).isEmpty()) {
      audit.record(
          null,
          "server.resize_skipped",
          "server " + server.get().id(),
          "plan " + planId + " cannot take it");
      return;
    }
    actions.request(server.get(), ServerActionType.RESIZE, Long.toString(planId), null, reason);
  }

  /** The subscription ended: its server is deleted, and its disk with it. */
  public void terminate(long subscriptionId, String reason) {
    servers
        .bySubscriptionForUpdate(subscriptionId)
        .filter(s -> s.status() != ServerStatus.TERMINATED)
        .ifPresent(
            s -> {
              termination.terminate(s);
              actions.request(s, ServerActionType.DELETE, reason);
            });
  }

  private static ServerSpec spec(PlanView plan, ServerChoice choice) {
    if (choice == null) {
      throw BrandcloudException.invalid("server", "A server needs a host name, region and image");
    }
    return new ServerSpec(
        Servers.requireHostname(choice.hostname()),
        plan.providerPlanCode(),
        choice.region(),
        choice.image());
  }
}
