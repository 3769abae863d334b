package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the reseller charges for snapshots, per GB and month: snapshots taken from then on cost
 * that; no price sells none.
 */
@Path("/v1/admin/snapshot-price")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSnapshotPriceResource {

  @EJB ServerSnapshots snapshots;
  @Inject TenantApi api;

  @GET
  public ApiGbMonthPrice current() {
    api.staff();
    return ApiGbMonthPrice.of(snapshots.gbMonthPriceForStaff());
  }

  /** A new price per GB and month; {@code null} stops selling snapshots. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiGbMonthPrice change(ApiGbMonthPrice.Change body) {
    String actor = api.staff().name();
    return ApiGbMonthPrice.of(
        snapshots.changePrice(RequestBodies.require(body).gbMonthPrice(), actor));
  }
}
