package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.apps.application.OneClickApps;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppField;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's one-click apps: a name, a description, an https logo, the fields the customer fills
 * and a cloud-init template (a cloud-config or a script) naming them as {@code {{key}}}.
 */
@Path("/v1/admin/apps")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAppsResource {

  @EJB OneClickApps apps;
  @Inject TenantApi api;

  /** An app as staff keep it, its template too. */
  public record StaffApp(
      long id,
      String name,
      String description,
      String logoUrl,
      List<AppField> fields,
      String template) {
    static StaffApp of(App app) {
      return new StaffApp(
          app.id(), app.name(), app.description(), app.logoUrl(), app.fields(), app.template());
    }
  }

  /** A field on the wire: its key in the template and its label on the order form. */
  public record FieldBody(String key, String label) {}

  public record AppBody(
      String name, String description, String logoUrl, List<FieldBody> fields, String template) {
    App app() {
      List<AppField> checked = new ArrayList<>();
      for (FieldBody field : fields == null ? List.<FieldBody>of() : fields) {
        if (field == null) {
          throw BrandcloudException.invalid("fields", "Each field is an object with a key");
        }
        checked.add(new AppField(field.key(), field.label()));
      }
      return new App(0, name, description, logoUrl, checked, template);
    }
  }

  @GET
  public List<StaffApp> list() {
    api.staff();
    return apps.forStaff().stream().map(StaffApp::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(AppBody body) {
    String actor = api.staff().name();
    App app = RequestBodies.require(body).app();
    return Response.status(Response.Status.CREATED)
        .entity(StaffApp.of(apps.add(app, actor)))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffApp change(@PathParam("id") long id, AppBody body) {
    String actor = api.staff().name();
    return StaffApp.of(apps.change(id, RequestBodies.require(body).app(), actor));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    apps.delete(id, api.staff().name());
    return Response.noContent().build();
  }
}
