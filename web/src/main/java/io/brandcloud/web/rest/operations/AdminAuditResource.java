package io.brandcloud.web.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's audit log for its staff; the service asks for the audit permission. */
@Path("/v1/admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource extends AuditEndpoints {

  @Override
  protected void requireAccess() {
    api.staff();
  }
}
