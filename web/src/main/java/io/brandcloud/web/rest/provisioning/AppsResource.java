package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.apps.application.OneClickApps;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppField;
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
 * The one-click apps a customer may order a server with ({@code appId} and {@code appFields} of the
 * order), where the plan's provider takes user data.
 */
@Path("/v1/apps")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppsResource {

  @EJB OneClickApps apps;
  @Inject TenantApi api;

  /** An app as customers see it: what it is and what it asks. */
  public record ApiApp(
      long id, String name, String description, String logoUrl, List<AppField> fields) {
    static ApiApp of(App app) {
      return new ApiApp(app.id(), app.name(), app.description(), app.logoUrl(), app.fields());
    }
  }

  @GET
  public List<ApiApp> list() {
    return apps.forOrganisation(api.activeOrganisation().organisationId()).stream()
        .map(ApiApp::of)
        .toList();
  }
}
