package io.brandcloud.web.rest.identity;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The mail the panel wrote to the caller, newest first and whole (links and codes included): a
 * password login of the recipient themselves only, since such mail may open the account.
 */
@Path("/v1/account/mail")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountMailResource {

  @EJB MailOutbox outbox;
  @Inject TenantApi api;

  @GET
  public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.interactive("Reading your mail");
    ApiPage<OutboxMail> mails = ApiPage.of(outbox.mine(PageRequest.of(page, limit)), mail -> mail);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(mails).cacheControl(noStore).build();
  }
}
