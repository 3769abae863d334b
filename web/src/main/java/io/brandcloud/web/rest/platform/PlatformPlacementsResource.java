package io.brandcloud.web.rest.platform;

import io.brandcloud.platform.application.PlacementChoice;
import io.brandcloud.platform.application.PlacementChoice.PlacementView;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The PostgreSQL servers this node can place tenants on ({@code add-placement.cli} adds one), with
 * how many tenants each holds.
 */
@Path("/platform/v1/placements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformPlacementsResource {

  @EJB PlacementChoice placements;
  @Inject TenantApi api;

  @GET
  public List<PlacementView> list() {
    api.operator();
    return placements.all();
  }
}
