package io.brandcloud.web.rest.privacy;

import io.brandcloud.privacy.application.DataExports;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The caller's copies of their own data (GDPR Art. 15 and 20): asking for one starts a background
 * build whose download link is mailed to them. Password logins only, and not while staff act as the
 * customer.
 */
@Path("/v1/account/data-exports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountDataExportsResource {

  @EJB DataExports exports;
  @Inject TenantApi api;

  @GET
  public List<ApiDataExport> list() {
    long userId = api.interactive("Copies of your data").userId();
    return exports.of(userId).stream().map(ApiDataExport::of).toList();
  }

  @POST
  public Response request() {
    long userId = api.interactive("Copies of your data").userId();
    return Response.accepted(ApiDataExport.of(exports.request(userId))).build();
  }
}
