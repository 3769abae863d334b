package io.brandcloud.web.rest.support;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.mailin.application.CheckResult;
import io.brandcloud.support.mailin.application.MailboxSettings;
import io.brandcloud.support.mailin.application.MailboxView;
import io.brandcloud.support.mailin.application.SupportMailboxes;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.web.rest.ApiPage;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The support mailbox, for admins (settings permission): once set, ticket mail names it as Reply-To
 * and answers to it land in their tickets. Read about every minute, or on demand.
 */
@Path("/v1/admin/support/mailbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMailboxResource {

  @EJB SupportMailboxes mailboxes;
  @Inject TenantApi api;

  /**
   * What a check found: mails read and how many ended how; {@code busy} when another reading was
   * under way (the poller's), so this one did not happen.
   */
  public record ApiCheck(int read, Map<String, Integer> outcomes, String error, boolean busy) {
    static ApiCheck of(CheckResult result) {
      Map<String, Integer> outcomes = new TreeMap<>();
      result.outcomes().forEach((k, v) -> outcomes.put(k.name().toLowerCase(Locale.ROOT), v));
      return new ApiCheck(result.read(), outcomes, result.error(), result.busy());
    }
  }

  /** A mail read from the mailbox and what became of it. */
  public record ApiReceivedMail(
      long id, String sender, String subject, String outcome, Long ticketId, Instant receivedAt) {
    static ApiReceivedMail of(ReceivedMail mail) {
      return new ApiReceivedMail(
          mail.id(),
          mail.sender(),
          mail.subject(),
          mail.outcome().name().toLowerCase(Locale.ROOT),
          mail.ticketId(),
          mail.receivedAt());
    }
  }

  @GET
  public MailboxView get() {
    api.staff();
    return mailboxes
        .current()
        .orElseThrow(() -> BrandcloudException.notFound("The support mailbox"));
  }

  /**
   * Sets the mailbox: {@code security} is ssl, starttls or none; a missing password keeps the one
   * kept; {@code enabled} false stops reading it.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MailboxView put(MailboxSettings body) {
    api.staff();
    return mailboxes.configure(RequestBodies.require(body));
  }

  @DELETE
  public Response remove() {
    api.staff();
    mailboxes.remove();
    return Response.noContent().build();
  }

  /** Reads the mailbox now; a mailbox that cannot be reached is an answer with its reason. */
  @POST
  @Path("check")
  public ApiCheck check() {
    api.staff();
    return ApiCheck.of(mailboxes.checkNow());
  }

  @GET
  @Path("received")
  public ApiPage<ApiReceivedMail> received(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(mailboxes.received(PageRequest.of(page, limit)), ApiReceivedMail::of);
  }
}
