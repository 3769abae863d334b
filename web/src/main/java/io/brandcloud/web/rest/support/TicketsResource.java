package io.brandcloud.web.rest.support;

import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.tickets.application.DepartmentChoice;
import io.brandcloud.support.tickets.application.NewTicket;
import io.brandcloud.support.tickets.application.TicketAttachments;
import io.brandcloud.support.tickets.application.TicketTranscriptPdf;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The support tickets of the caller's organisation: {@code read:tickets} and {@code tickets:view}
 * to read, {@code write:tickets} and {@code tickets:create} to open, answer and close.
 */
@Path("/v1/tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @EJB Tickets tickets;
  @EJB TicketAttachments attachments;
  @Inject TenantApi api;
  @Inject DocumentReaders readers;

  /** What a customer sends to open a ticket. */
  public record TicketOpening(
      String subject, String body, Long departmentId, String priority, Long serverId) {}

  /** A reply's text. */
  public record Reply(String body) {}

  /** A department a ticket may be opened in. */
  public record ApiDepartment(long id, String name, String description) {
    static ApiDepartment of(DepartmentChoice d) {
      return new ApiDepartment(d.id(), d.name(), d.description());
    }
  }

  @GET
  public ApiPage<ApiTicket> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation = organisation();
    return ApiPage.of(
        tickets.ofOrganisation(organisation, PageRequest.of(page, limit)), ApiTicket::of);
  }

  @GET
  @Path("departments")
  public List<ApiDepartment> departments() {
    return tickets.departments(organisation()).stream().map(ApiDepartment::of).toList();
  }

  @GET
  @Path("{id}")
  public ApiTicket get(@PathParam("id") long id) {
    return ApiTicket.of(tickets.ofOrganisation(organisation(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(TicketOpening body) {
    long organisation = organisation();
    TicketOpening opening = RequestBodies.require(body);
    ApiTicket opened =
        ApiTicket.of(
            tickets.open(
                organisation,
                new NewTicket(
                    opening.subject(),
                    opening.body(),
                    opening.departmentId(),
                    opening.priority(),
                    opening.serverId()),
                MessageChannel.API));
    return Response.status(Response.Status.CREATED).entity(opened).build();
  }

  /** Answers the ticket; a closed one opens again. */
  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("id") long id, Reply body) {
    long organisation = organisation();
    Reply reply = RequestBodies.require(body);
    ApiTicket answered =
        ApiTicket.of(tickets.reply(organisation, id, reply.body(), MessageChannel.API));
    return Response.status(Response.Status.CREATED).entity(answered).build();
  }

  @POST
  @Path("{id}/close")
  public ApiTicket close(@PathParam("id") long id) {
    return ApiTicket.of(tickets.close(organisation(), id));
  }

  /** Attaches the body as a file named {@code name}; its content decides what it is. */
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] body) {
    long organisation = organisation();
    return Response.status(Response.Status.CREATED)
        .entity(ApiTicket.Attachment.of(attachments.attachAsCustomer(organisation, id, name, body)))
        .build();
  }

  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    return FileResponses.download(attachments.forCustomer(organisation(), id, attachment));
  }

  /** The thread as a PDF in the brand. */
  @GET
  @Path("{id}/transcript.pdf")
  @Produces("application/pdf")
  public Response transcript(@PathParam("id") long id) {
    TenantApi.OrganisationCaller reader = api.activeOrganisation();
    return FileResponses.pdf(
        TicketTranscriptPdf.render(
            tickets.ofOrganisation(reader.organisationId(), id),
            api.tenant().brand(),
            readers.textsFor(reader.login())),
        "ticket-" + id + ".pdf");
  }

  /** The organisation the caller acts in; the service decides what their role there allows. */
  private long organisation() {
    return api.activeOrganisation().organisationId();
  }
}
