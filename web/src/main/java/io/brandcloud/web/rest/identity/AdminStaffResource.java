package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Role;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
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
import java.util.Locale;

/** The reseller's staff: admins add billing clerks, support agents and further admins. */
@Path("/v1/admin/staff")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminStaffResource {

  @EJB UserAccounts accounts;
  @Inject TenantApi api;

  /** A staff member on the wire. */
  public record ApiStaff(long id, String email, String name, String role) {
    static ApiStaff of(AuthenticatedUser user) {
      return new ApiStaff(user.id(), user.email(), user.displayName(), user.role().group());
    }
  }

  /** Whom to add: role is tenant-admin, billing or support. */
  public record NewStaff(String email, String name, String role) {}

  /** The new member and the one-time password, shown only here. */
  public record CreatedStaff(String email, String role, String oneTimePassword) {}

  @GET
  public List<ApiStaff> list() {
    api.staff();
    return accounts.staff().stream().map(ApiStaff::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response create(NewStaff body) {
    String actor = api.staff().name();
    NewStaff request = RequestBodies.require(body);
    Role role = roleOf(request.role());
    String password = accounts.createStaff(request.email(), request.name(), role, actor);
    return Response.status(Response.Status.CREATED)
        .entity(
            new CreatedStaff(
                request.email().strip().toLowerCase(Locale.ROOT), role.group(), password))
        .build();
  }

  /** A staff member's new role. */
  public record RoleChange(String role) {}

  /** Gives a staff member another role; their sessions end so the new role counts at once. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiStaff changeRole(@PathParam("id") long id, RoleChange body) {
    String actor = api.staff().name();
    return ApiStaff.of(
        accounts.changeStaffRole(id, roleOf(RequestBodies.require(body).role()), actor));
  }

  /** Removes a staff member with their sessions and API keys. */
  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    String actor = api.staff().name();
    accounts.removeStaff(id, actor);
    return Response.noContent().build();
  }

  static Role roleOf(String group) {
    for (Role role : Role.values()) {
      if (role.isStaff() && role.group().equals(group)) {
        return role;
      }
    }
    throw BrandcloudException.invalid("role", "role is tenant-admin, billing or support");
  }
}
