package io.brandcloud.provisioning.servers.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.provisioning.actions.application.RootPasswords;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.application.ServerCommandChecks;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.consoles.application.ConsoleBridges;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.Server.Suspension;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What customers and staff ask of a server once it exists: power, rebuild, password, name, plan,
 * suspension and deletion. Each request is checked (permission, what the provider offers, the
 * server's state, the parameter, no storms of actions) and queued as a server action in the
 * caller's transaction; the provider is called after it commits.
 */
@Stateless
public class ServerControl {

  private static final Set<ServerActionType> STAFF_ONLY =
      Set.of(ServerActionType.SUSPEND, ServerActionType.UNSUSPEND);

  @Inject ServerRepository servers;
  @Inject ServerActionQueue queue;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject ConsoleBridges bridges;
  @Inject MemberAccess members;
  @EJB ServerActions actions;
  @Inject ServerCommandChecks checks;
  @Inject RootPasswords passwords;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject ServerTermination termination;
  @EJB SshKeys sshKeys;
  @EJB FraudScreening screening;

  /** A customer's request for one of their organisation's servers. */
  public ServerActionView act(long organisationId, long serverId, ServerCommand command) {
    members.require(organisationId, permissionFor(command.type()));
    if (STAFF_ONLY.contains(command.type())) {
      // only staff suspend servers by hand; a payment resumes those suspended for debt
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return perform(owned(organisationId, serverId), command, null);
  }

  /** Staff act on any server of their tenant, and suspend or unsuspend by hand. */
  public ServerActionView actAsStaff(long serverId, ServerCommand command, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SERVERS_MANAGE);
    Server server =
        servers
            .findForUpdate(serverId)
            .filter(s -> s.status() != ServerStatus.TERMINATED)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    return perform(server, command, actor);
  }

  /** Deletes a customer's server: billed up to this hour, then deleted at the provider. */
  public ServerActionView delete(long organisationId, long serverId) {
    return act(organisationId, serverId, ServerCommand.of(ServerActionType.DELETE));
  }

  /**
   * The root password an action set, shown once: a second read finds nothing. Another
   * organisation's server or action is "not found". Staff acting as the customer never read it: it
   * is the customer's, and reading it would also take it from them.
   */
  public String revealPassword(long organisationId, long serverId, long actionId) {
    if (CurrentCaller.require().impersonator() != null) {
      throw new BrandcloudException(ErrorCode.NOT_WHILE_IMPERSONATING, "Reading a root password");
    }
    members.require(organisationId, Permission.SERVERS_MANAGE);
    owned(organisationId, serverId);
    byte[] sealed =
        queue
            .takePassword(serverId, actionId)
            .orElseThrow(
                () ->
                    BrandcloudException.notFound(
                        "A root password not yet shown for action " + actionId));
    audit.record(null, "server.password_shown", "server " + serverId, "action " + actionId);
    return passwords.open(sealed, serverId);
  }

  /** What the server's provider lets one do with it, for the page's buttons. */
  public ServerControls controls(long organisationId, long serverId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    Server server =
        servers
            .find(serverId)
            .filter(s -> s.organisationId() == organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    CloudProvider provider = provider(server);
    return ServerControls.of(provider, bridges.serve(provider));
  }

  private ServerActionView perform(Server server, ServerCommand command, String actor) {
    ServerActionType type = command.type();
    if (server.heldForReview()) {
      return heldOrder(server, type, actor);
    }
    CloudProvider provider = provider(server);
    if (type != ServerActionType.DELETE && !provider.actions().contains(type)) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED,
          provider.type().displayName(),
          type.wireName().replace('_', ' '));
    }
    if (server.subscriptionId().isPresent()
        && (type == ServerActionType.DELETE || type == ServerActionType.RESIZE)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "This server is paid for by its subscription: "
              + (type == ServerActionType.DELETE ? "cancel" : "change")
              + " the subscription instead");
    }
    checks.requireState(server, type, provider);
    String parameter = checks.parameter(server, command);
    List<String> keys = keysFor(server, command, provider);
    if (type != ServerActionType.DELETE) {
      // deleting stays the way out whatever waits (a build with backups and a firewall queues
      // three)
      checks.requireNoStorm(server);
    }
    Instant now = clock.now();
    if (type == ServerActionType.DELETE) {
      termination.terminate(server);
    } else if (type == ServerActionType.SUSPEND) {
      server.suspend(now, Suspension.STAFF);
    }
    String rootPassword =
        type == ServerActionType.REBUILD || type == ServerActionType.RESET_PASSWORD
            ? passwords.choose()
            : null;
    long actionId =
        actions.request(
            server,
            type,
            parameter,
            rootPassword,
            keys,
            actor == null ? "asked by its owner" : "staff");
    audit.record(
        actor,
        "server." + type.name().toLowerCase(Locale.ROOT),
        "server " + server.id(),
        server.hostname() + (parameter == null ? "" : " → " + checks.named(type, parameter)));
    return queue.find(server.id(), actionId).orElseThrow();
  }

  /**
   * A server whose order waits for the shop's fraud review has nothing at the provider yet: it can
   * only be withdrawn, which ends it unbuilt (its create action is the answer).
   */
  private ServerActionView heldOrder(Server server, ServerActionType type, String actor) {
    if (type != ServerActionType.DELETE || server.subscriptionId().isPresent()) {
      throw new BrandcloudException(
          ErrorCode.SERVER_STATE,
          "The order of "
              + server.hostname()
              + " is still being checked; "
              + (server.subscriptionId().isPresent()
                  ? "cancel its subscription instead"
                  : "it can only be deleted meanwhile"));
    }
    actions.cancelWaiting(server.id(), "The order was withdrawn");
    termination.endUnbuilt(server);
    screening.withdrawn(server.id());
    audit.record(actor, "server.delete", "server " + server.id(), server.hostname() + ", unbuilt");
    return queue.ofServer(server.id(), PageRequest.first(1)).items().get(0);
  }

  /** The organisation's chosen keys for a rebuild; nothing else takes keys. */
  private List<String> keysFor(Server server, ServerCommand command, CloudProvider provider) {
    if (command.sshKeyIds().isEmpty()) {
      return List.of();
    }
    if (command.type() != ServerActionType.REBUILD) {
      throw BrandcloudException.invalid(
          "sshKeyIds", "SSH keys go on a server when it is built or rebuilt");
    }
    List<String> keys = sshKeys.forServer(server.organisationId(), command.sshKeyIds());
    if (!provider.takesSshKeysOnRebuild()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          provider.type().displayName()
              + " puts SSH keys on a server only when it is created: rebuild without choosing keys");
    }
    return keys;
  }

  private Server owned(long organisationId, long serverId) {
    return servers
        .findForUpdate(serverId)
        .filter(s -> s.organisationId() == organisationId)
        .filter(s -> s.status() != ServerStatus.TERMINATED)
        .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
  }

  private CloudProvider provider(Server server) {
    return providers.of(connections.find(server.connectionId()).orElseThrow().type());
  }

  private static Permission permissionFor(ServerActionType type) {
    return type == ServerActionType.DELETE ? Permission.SERVERS_DELETE : Permission.SERVERS_MANAGE;
  }
}
