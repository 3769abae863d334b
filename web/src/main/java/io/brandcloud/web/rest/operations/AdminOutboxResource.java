package io.brandcloud.web.rest.operations;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.OutboxMail;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The tenant's outgoing mail, newest first: sent, waiting, failed, or kept locally. */
@Path("/v1/admin/outbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminOutboxResource {

  @EJB MailOutbox outbox;
  @Inject TenantApi api;

  @GET
  public ApiPage<OutboxMail> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(outbox.recent(PageRequest.of(page, limit)), m -> m);
  }
}
