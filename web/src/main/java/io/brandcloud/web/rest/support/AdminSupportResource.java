package io.brandcloud.web.rest.support;

import io.brandcloud.support.tickets.application.CannedReplies;
import io.brandcloud.support.tickets.application.CannedReplyView;
import io.brandcloud.support.tickets.application.DepartmentView;
import io.brandcloud.support.tickets.application.SupportDepartments;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The support desk's set-up: departments with their staff, and canned replies. */
@Path("/v1/admin/support")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSupportResource {

  @EJB SupportDepartments departments;
  @EJB CannedReplies cannedReplies;
  @Inject TenantApi api;

  /**
   * A department as staff write it; {@code active} false retires it (left out: it stays as it is on
   * a change, active on creation).
   */
  public record DepartmentInput(
      String name, String description, List<Long> staffIds, Boolean active) {}

  /** A canned reply as staff write it. */
  public record CannedReplyInput(String title, String body) {}

  @GET
  @Path("departments")
  public List<DepartmentView> departments() {
    api.staff();
    return departments.all();
  }

  @POST
  @Path("departments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createDepartment(DepartmentInput body) {
    api.staff();
    DepartmentInput input = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(departments.create(input.name(), input.description(), input.staffIds()))
        .build();
  }

  @PUT
  @Path("departments/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DepartmentView changeDepartment(@PathParam("id") long id, DepartmentInput body) {
    api.staff();
    DepartmentInput input = RequestBodies.require(body);
    return departments.change(
        id, input.name(), input.description(), input.staffIds(), input.active());
  }

  @GET
  @Path("canned-replies")
  public List<CannedReplyView> cannedReplies() {
    api.staff();
    return cannedReplies.all();
  }

  @POST
  @Path("canned-replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createCannedReply(CannedReplyInput body) {
    api.staff();
    CannedReplyInput input = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(cannedReplies.create(input.title(), input.body()))
        .build();
  }

  @DELETE
  @Path("canned-replies/{id}")
  public Response removeCannedReply(@PathParam("id") long id) {
    api.staff();
    cannedReplies.remove(id);
    return Response.noContent().build();
  }
}
