package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.application.ProviderConnections.ConnectionView;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The tenant's provider connections for its admins: add (the token is sealed and never shown
 * again), change, retire, test, sync what the provider offers, and choose what of it is sold.
 */
@Path("/v1/admin/connections")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminConnectionsResource {

  @EJB ProviderConnections connections;
  @Inject TenantApi api;

  /** A new connection: type simulator, virtfusion, linode or digitalocean. */
  public record NewConnection(String name, String type, String apiUrl, String token) {}

  /** Changes to a connection; a field left out stays. */
  public record ConnectionChange(String name, String apiUrl, String token, Boolean active) {}

  /** The provider's backup plan, by its id there; null: none. */
  public record BackupPlan(String backupPlan) {}

  /** What the provider offers, as the last sync found it. */
  public record Catalog(
      List<CatalogEntry> plans, List<CatalogEntry> regions, List<CatalogEntry> images) {}

  /**
   * A choice about one catalog entry: whether a region or image is offered, or what a plan costs a
   * month in the tenant's currency (for providers that list no price).
   */
  public record EntryChoice(String kind, String code, Boolean offered, BigDecimal monthlyCost) {}

  @GET
  public List<ConnectionView> list() {
    api.staff();
    return connections.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(NewConnection body) {
    api.staff();
    NewConnection added = RequestBodies.require(body);
    ConnectionView view =
        connections.add(added.name(), added.type(), added.apiUrl(), added.token());
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("{id}")
  public ConnectionView get(@PathParam("id") long id) {
    api.staff();
    return connections.view(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConnectionView change(@PathParam("id") long id, ConnectionChange body) {
    String actor = api.staff().name();
    ConnectionChange change = RequestBodies.require(body);
    return connections.change(
        id, change.name(), change.apiUrl(), change.token(), change.active(), actor);
  }

  /**
   * Names the provider's backup plan the connection's servers' backups are switched to, where the
   * provider needs one (VirtFusion); {@code null} names none and the backup add-on is not offered.
   */
  @PUT
  @Path("{id}/backup-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConnectionView backupPlan(@PathParam("id") long id, BackupPlan body) {
    String actor = api.staff().name();
    return connections.useBackupPlan(id, RequestBodies.require(body).backupPlan(), actor);
  }

  /** Asks the provider whether the address and token work; the answer says what is wrong. */
  @POST
  @Path("{id}/check")
  public ConnectionView check(@PathParam("id") long id) {
    String actor = api.staff().name();
    return connections.check(id, actor);
  }

  /** Reads the provider's plans, regions and images into the connection's catalog. */
  @POST
  @Path("{id}/sync")
  public ConnectionView sync(@PathParam("id") long id) {
    String actor = api.staff().name();
    return connections.sync(id, actor);
  }

  @GET
  @Path("{id}/catalog")
  public Catalog catalog(@PathParam("id") long id) {
    api.staff();
    return new Catalog(
        connections.entries(id, Kind.PLAN),
        connections.entries(id, Kind.REGION),
        connections.entries(id, Kind.IMAGE));
  }

  @PUT
  @Path("{id}/catalog")
  @Consumes(MediaType.APPLICATION_JSON)
  public Catalog choose(@PathParam("id") long id, EntryChoice body) {
    String actor = api.staff().name();
    EntryChoice choice = RequestBodies.require(body);
    Kind kind = kind(choice.kind());
    if (choice.offered() == null && choice.monthlyCost() == null) {
      throw BrandcloudException.invalid("offered", "Send offered or monthlyCost");
    }
    if (choice.offered() != null) {
      connections.offer(id, kind, choice.code(), choice.offered(), actor);
    }
    if (choice.monthlyCost() != null) {
      if (kind != Kind.PLAN) {
        throw BrandcloudException.invalid("monthlyCost", "Only plans have a cost");
      }
      connections.setCost(id, choice.code(), choice.monthlyCost(), actor);
    }
    return catalog(id);
  }

  private static Kind kind(String value) {
    try {
      return Kind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("kind", "kind is plan, region or image");
    }
  }
}
