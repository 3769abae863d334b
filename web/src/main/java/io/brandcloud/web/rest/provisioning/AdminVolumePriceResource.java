package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.volumes.application.ServerVolumes;
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
 * What the reseller charges for volumes, per GB and month: volumes created from then on cost that;
 * no price sells none.
 */
@Path("/v1/admin/volume-price")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminVolumePriceResource {

  @EJB ServerVolumes volumes;
  @Inject TenantApi api;

  @GET
  public ApiGbMonthPrice current() {
    api.staff();
    return ApiGbMonthPrice.of(volumes.gbMonthPriceForStaff());
  }

  /** A new price per GB and month; {@code null} stops selling volumes. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiGbMonthPrice change(ApiGbMonthPrice.Change body) {
    String actor = api.staff().name();
    return ApiGbMonthPrice.of(
        volumes.changePrice(RequestBodies.require(body).gbMonthPrice(), actor));
  }
}
