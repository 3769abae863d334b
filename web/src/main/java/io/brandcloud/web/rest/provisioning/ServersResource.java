package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.actions.domain.VolumeChange;
import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.provisioning.backups.application.ServerBackups;
import io.brandcloud.provisioning.consoles.application.ConsoleTicket;
import io.brandcloud.provisioning.consoles.application.Consoles;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.ServerExtras;
import io.brandcloud.provisioning.servers.application.ServerUsageReadings;
import io.brandcloud.provisioning.servers.application.ServerUsageReadings.UsagePeriod;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.provisioning.volumes.application.ServerVolumes;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.legal.TermsBeforeOrder;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The servers of the caller's organisation. */
@Path("/v1/servers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServersResource {

  @EJB Servers servers;
  @EJB ServerActions actions;
  @EJB ServerControl control;
  @EJB ServerUsageReadings usage;
  @EJB Consoles consoles;
  @EJB ServerBackups backups;
  @EJB ServerSnapshots snapshots;
  @EJB ServerVolumes volumes;
  @EJB ServerAddresses addresses;
  @Inject TermsBeforeOrder terms;
  @Inject TenantApi api;

  /** A server on the wire. */
  public record ApiServer(
      long id,
      long organisationId,
      String hostname,
      long planId,
      String region,
      String image,
      String status,
      String ipv4,
      String ipv6,
      ApiMoney hourlyPrice,
      boolean backup,
      boolean backupActive,
      String reverseDns,
      boolean heldForReview,
      Instant createdAt) {
    public static ApiServer of(ServerView s) {
      return new ApiServer(
          s.id(),
          s.organisationId(),
          s.hostname(),
          s.planId(),
          s.region(),
          s.image(),
          s.status().toLowerCase(java.util.Locale.ROOT),
          s.ipv4(),
          s.ipv6(),
          ApiMoney.of(s.hourlyPrice()),
          s.backup(),
          s.backupActive(),
          s.reverseDns(),
          s.heldForReview(),
          s.createdAt());
    }
  }

  /**
   * What a customer sends to order a server: a region and an image, or instead one of their
   * servers' snapshots ({@code snapshotId}) to build it from, in that server's region; a firewall
   * preset ({@code firewallPresetId}) gives it the preset's rules once built; a one-click app
   * ({@code appId}, answered in {@code appFields}) gives it the app's user data; {@code extraIpv4}
   * extra IPv4 addresses (at most 4) are added once it is built.
   */
  public record ServerOrder(
      Long planId,
      String hostname,
      String region,
      String image,
      Boolean backup,
      List<Long> sshKeyIds,
      String userData,
      String snapshotId,
      Long firewallPresetId,
      Long appId,
      Map<String, String> appFields,
      Integer extraIpv4) {
    ServerExtras extras() {
      return new ServerExtras(
          Boolean.TRUE.equals(backup),
          sshKeyIds,
          userData,
          firewallPresetId,
          appId,
          appFields,
          extraIpv4);
    }
  }

  /** Switches the backup add-on. */
  public record BackupSwitch(Boolean enabled) {}

  /**
   * What to do with a server: {@code type} (start, shutdown, power_off, reboot, rebuild,
   * reset_password, rename, set_reverse_dns, resize, restore_backup, take_backup, take_snapshot,
   * restore_snapshot, delete_snapshot, set_firewall, create_volume, attach_volume, detach_volume,
   * resize_volume, delete_volume, add_ipv4, remove_ipv4, delete) and the parameter the type takes:
   * a new volume's {@code volumeName} and {@code sizeGb}, the {@code volumeId} of the others, and
   * for a resize the {@code sizeGb} to grow to; the extra {@code address} to remove.
   */
  public record ActionRequest(
      String type,
      String image,
      Long planId,
      String hostname,
      List<Long> sshKeyIds,
      String backupId,
      String snapshotId,
      List<ApiFirewallRule> rules,
      Long volumeId,
      String volumeName,
      Integer sizeGb,
      String address) {
    ServerCommand command() {
      return new ServerCommand(
          ServerActionType.parse(type),
          image,
          planId,
          hostname,
          sshKeyIds,
          backupId,
          snapshotId,
          ApiFirewallRule.toRules(rules),
          new VolumeChange(volumeId, volumeName, sizeGb),
          address);
    }
  }

  /** A root password shown once. */
  public record RootPassword(String password) {}

  /** The caller's membership is usually known (RecentMemberships); the page needs no commit. */
  @GET
  public ApiPage<ApiServer> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation = api.activeOrganisation().organisationId();
    return ApiPage.of(
        servers.ofOrganisation(organisation, PageRequest.of(page, limit)), ApiServer::of);
  }

  @GET
  @Path("{id}")
  public ApiServer get(@PathParam("id") long id) {
    return ApiServer.of(servers.ofOrganisation(api.activeOrganisation().organisationId(), id));
  }

  /** What was asked of the server's provider, newest first, and how it went. */
  @GET
  @Path("{id}/actions")
  public ApiPage<ApiServerAction> actions(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    long organisation = api.activeOrganisation().organisationId();
    servers.ofOrganisation(organisation, id);
    return ApiPage.of(actions.of(id, PageRequest.of(page, limit)), ApiServerAction::of);
  }

  @GET
  @Path("{id}/actions/{action}")
  public ApiServerAction action(@PathParam("id") long id, @PathParam("action") long actionId) {
    long organisation = api.activeOrganisation().organisationId();
    servers.ofOrganisation(organisation, id);
    return ApiServerAction.of(
        actions
            .find(id, actionId)
            .orElseThrow(() -> BrandcloudException.notFound("Action " + actionId)));
  }

  /** Asks the server's provider to do something; it happens after this answer (202). */
  @POST
  @Path("{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response act(@PathParam("id") long id, ActionRequest body) {
    ServerCommand command = RequestBodies.require(body).command();
    long organisation = api.activeOrganisation().organisationId();
    return accepted(control.act(organisation, id, command));
  }

  /** Deletes the server: billed up to this hour, then deleted at its provider (202). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    long organisation = api.activeOrganisation().organisationId();
    return accepted(control.delete(organisation, id));
  }

  /** The root password a build, rebuild or reset set, once: a second call finds nothing. */
  @POST
  @Path("{id}/actions/{action}/password")
  @SecretInResponse
  public RootPassword password(@PathParam("id") long id, @PathParam("action") long actionId) {
    long organisation = api.activeOrganisation().organisationId();
    return new RootPassword(control.revealPassword(organisation, id, actionId));
  }

  /**
   * A one-time ticket to the server's console (201): open a WebSocket at {@code socketPath} on this
   * host within a minute; the ticket works once.
   */
  @POST
  @Path("{id}/console")
  @SecretInResponse
  public Response console(@PathParam("id") long id) {
    long organisation = api.activeOrganisation().organisationId();
    ConsoleTicket ticket = consoles.ticket(organisation, id);
    return Response.status(Response.Status.CREATED).entity(ticket).build();
  }

  /**
   * The server's backups at its provider as the hourly reconciliation last listed them ({@code
   * listedAt}), newest first; restore one with the action {@code restore_backup} and its {@code
   * backupId}.
   */
  @GET
  @Path("{id}/backups")
  public ApiBackups backups(@PathParam("id") long id) {
    return ApiBackups.of(backups.of(api.activeOrganisation().organisationId(), id));
  }

  /**
   * The server's snapshots as its provider last listed them, newest first; take one with the action
   * {@code take_snapshot}, restore or delete one with {@code restore_snapshot} or {@code
   * delete_snapshot} and its {@code snapshotId}.
   */
  @GET
  @Path("{id}/snapshots")
  public ApiSnapshots snapshots(@PathParam("id") long id) {
    return ApiSnapshots.of(snapshots.of(api.activeOrganisation().organisationId(), id));
  }

  /**
   * The server's volumes and the organisation's detached volumes in its region; create, attach,
   * detach, grow or delete one with the actions {@code create_volume}, {@code attach_volume},
   * {@code detach_volume}, {@code resize_volume} and {@code delete_volume}.
   */
  @GET
  @Path("{id}/volumes")
  public ApiVolumes volumes(@PathParam("id") long id) {
    return ApiVolumes.of(volumes.of(api.activeOrganisation().organisationId(), id));
  }

  /**
   * The server's extra IPv4 addresses; add one with the action {@code add_ipv4}, release one with
   * {@code remove_ipv4} and its {@code address}.
   */
  @GET
  @Path("{id}/addresses")
  public ApiAddresses addresses(@PathParam("id") long id) {
    return ApiAddresses.of(addresses.of(api.activeOrganisation().organisationId(), id));
  }

  /** CPU and traffic of the last day ({@code period=24h}, the default) or 30 days ({@code 30d}). */
  @GET
  @Path("{id}/usage")
  public ApiUsage usage(@PathParam("id") long id, @QueryParam("period") String period) {
    long organisation = api.activeOrganisation().organisationId();
    UsagePeriod chosen = UsagePeriod.parse(period);
    return ApiUsage.of(chosen, usage.of(organisation, id, chosen));
  }

  private static Response accepted(ServerActionView action) {
    return Response.accepted(ApiServerAction.of(action)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ServerOrder order) {
    long organisation = api.activeOrganisation().organisationId();
    ServerOrder body = RequestBodies.require(order);
    terms.require();
    if (body.planId() == null) {
      throw BrandcloudException.invalid("planId", "planId is required");
    }
    ServerView created;
    if (body.snapshotId() == null) {
      created =
          servers.create(
              organisation,
              body.planId(),
              body.hostname(),
              body.region(),
              body.image(),
              body.extras());
    } else {
      if (body.image() != null || body.region() != null) {
        throw BrandcloudException.invalid(
            "snapshotId",
            "A server built from a snapshot runs its image in its region: leave image and region"
                + " out");
      }
      created =
          servers.createFromSnapshot(
              organisation, body.planId(), body.hostname(), body.snapshotId(), body.extras());
    }
    return Response.status(Response.Status.CREATED).entity(ApiServer.of(created)).build();
  }

  /**
   * The backup add-on: on, the provider is asked to switch backups on and they are billed from the
   * next full hour after it confirmed ({@code backupActive}); off, billing stops from the next.
   */
  @POST
  @Path("{id}/backup")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiServer backup(@PathParam("id") long id, BackupSwitch body) {
    long organisation = api.activeOrganisation().organisationId();
    BackupSwitch request = RequestBodies.require(body);
    if (request.enabled() == null) {
      throw BrandcloudException.invalid("enabled", "enabled is true or false");
    }
    return ApiServer.of(servers.setBackup(organisation, id, request.enabled()));
  }
}
