package io.brandcloud.web.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;

/** The tenant's maintenance mode and its bypass links, for admins (settings permission). */
@Path("/v1/admin/maintenance")
@ApplicationScoped
public class AdminMaintenanceResource extends MaintenanceEndpoints {

  @Override
  protected void requireAccess() {
    api.staff();
  }

  @Override
  protected String bypassLink(String token) {
    return api.portalBase() + "/maintenance-bypass?token=" + token;
  }
}
