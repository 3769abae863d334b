package io.brandcloud.web.rest.content;

import io.brandcloud.content.application.StatusPage;
import io.brandcloud.content.application.StatusView;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The status page, open to anyone: each region's state and the recent incidents. */
@Path("/v1/status")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

  @EJB StatusPage status;
  @Inject TenantApi api;

  @GET
  public StatusView status() {
    api.tenant();
    return status.status();
  }
}
