package io.brandcloud.web.rest.support;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.suggestions.application.ReplySuggestions;
import io.brandcloud.support.tickets.application.TicketAttachments;
import io.brandcloud.support.tickets.application.TicketChange;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.application.TicketTranscriptPdf;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.support.tickets.domain.TicketStatus;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The reseller's support queue: every ticket of the tenant, for staff who work tickets. */
@Path("/v1/admin/tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTicketsResource {

  @EJB TicketDesk desk;
  @EJB TicketAttachments attachments;
  @EJB ReplySuggestions suggestions;
  @Inject TenantApi api;
  @Inject DocumentReaders readers;

  /** A reply to the customer, and optionally the status the ticket takes after it. */
  public record StaffReply(String body, String status) {}

  /** A note only staff see. */
  public record Note(String body) {}

  /**
   * What to change; a field left out stays. {@code assigneeId} 0 takes the ticket from whoever has
   * it.
   */
  public record Change(String status, String priority, Long departmentId, Long assigneeId) {}

  /**
   * The queue, tickets waiting longest for staff first, most urgent first among them. {@code
   * status} is one status or {@code open} (the default: all but closed) or {@code all}; {@code
   * assignee} a staff id, {@code me} or {@code none}.
   */
  @GET
  public ApiPage<ApiTicket> queue(
      @QueryParam("status") String status,
      @QueryParam("department") Long department,
      @QueryParam("assignee") String assignee,
      @QueryParam("organisation") Long organisation,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    api.staff();
    boolean every = "all".equals(status);
    boolean open = status == null || status.isBlank() || "open".equals(status) || every;
    Optional<TicketStatus> exact =
        open ? Optional.empty() : Optional.of(TicketStatus.parse("status", status));
    Optional<Long> assigneeId = assignee(assignee);
    TicketFilter filter =
        new TicketFilter(
            exact,
            open && !every,
            Optional.ofNullable(department),
            assigneeId,
            "none".equals(assignee),
            Optional.ofNullable(organisation));
    return ApiPage.of(desk.queue(filter, PageRequest.of(page, limit)), ApiTicket::of);
  }

  @GET
  @Path("{id}")
  public ApiTicket get(@PathParam("id") long id) {
    api.staff();
    return ApiTicket.of(desk.ticket(id));
  }

  /**
   * A reply to start from, built from the tenant's resolved tickets and knowledge base, with what
   * it used; nothing is sent.
   */
  @GET
  @Path("{id}/suggestion")
  public ApiSuggestion suggestion(@PathParam("id") long id) {
    api.staff();
    return ApiSuggestion.of(suggestions.suggest(id), api.portalBase());
  }

  /** Answers the customer, who is mailed; the ticket waits for them unless a status is given. */
  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("id") long id, StaffReply body) {
    api.staff();
    StaffReply reply = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(ApiTicket.of(desk.reply(id, reply.body(), reply.status(), MessageChannel.API)))
        .build();
  }

  @POST
  @Path("{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response note(@PathParam("id") long id, Note body) {
    api.staff();
    Note note = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(ApiTicket.of(desk.note(id, note.body())))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiTicket change(@PathParam("id") long id, Change body) {
    api.staff();
    Change change = RequestBodies.require(body);
    return ApiTicket.of(
        desk.change(
            id,
            new TicketChange(
                change.status(), change.priority(), change.departmentId(), change.assigneeId())));
  }

  /** Attaches the body as a file named {@code name}; its content decides what it is. */
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] body) {
    api.staff();
    return Response.status(Response.Status.CREATED)
        .entity(ApiTicket.Attachment.of(attachments.attachAsStaff(id, name, body)))
        .build();
  }

  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    api.staff();
    return FileResponses.download(attachments.forStaff(id, attachment));
  }

  /** The thread as a PDF in the brand, staff notes included. */
  @GET
  @Path("{id}/transcript.pdf")
  @Produces("application/pdf")
  public Response transcript(@PathParam("id") long id) {
    SessionLogin reader = api.staff();
    return FileResponses.pdf(
        TicketTranscriptPdf.render(desk.ticket(id), api.tenant().brand(), readers.textsFor(reader)),
        "ticket-" + id + ".pdf");
  }

  private static Optional<Long> assignee(String assignee) {
    if (assignee == null || assignee.isBlank() || "none".equals(assignee)) {
      return Optional.empty();
    }
    if ("me".equals(assignee)) {
      return Optional.ofNullable(CurrentCaller.require().userId());
    }
    try {
      return Optional.of(Long.parseLong(assignee.strip()));
    } catch (NumberFormatException e) {
      throw BrandcloudException.invalid("assignee", "assignee is a staff id, me or none");
    }
  }
}
