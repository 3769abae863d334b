package io.brandcloud.web.rest.platform;

import io.brandcloud.web.rest.operations.MaintenanceEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;

/**
 * Maintenance of the whole platform, for operators: every portal shows its maintenance page and
 * every tenant API answers 503; a platform bypass opens every portal ({@code {portal}
 * /maintenance-bypass?token=…}), so no single link is returned.
 */
@Path("/platform/v1/maintenance")
@ApplicationScoped
public class PlatformMaintenanceResource extends MaintenanceEndpoints {

  @Override
  protected void requireAccess() {
    api.operator();
  }

  @Override
  protected String bypassLink(String token) {
    return null;
  }
}
