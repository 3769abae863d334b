package io.brandcloud.web.rest.platform;

import io.brandcloud.web.rest.operations.AuditEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The platform's audit log (operators' logins and actions) for operators. */
@Path("/platform/v1/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource extends AuditEndpoints {

  @Override
  protected void requireAccess() {
    api.operator();
  }
}
