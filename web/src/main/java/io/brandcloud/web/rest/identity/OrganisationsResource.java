package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Permission;
import io.brandcloud.access.Scope;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.CustomRoles;
import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.application.OrganisationClosing;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.CustomRoleView;
import io.brandcloud.identity.domain.InvitationView;
import io.brandcloud.identity.domain.MemberView;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.PortalUrls;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A customer's organisations: list, create, switch, members and their roles, invitations and custom
 * roles. Reading needs {@code read:user}; changes need a password login, so an API key cannot add
 * people or raise its own rights.
 */
@Path("/v1/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  private static final String CHANGES = "Changing organisations";

  @EJB Organisations organisations;

  @EJB Memberships memberships;

  @EJB Invitations invitations;

  @EJB CustomRoles customRoles;
  @EJB OrganisationClosing closing;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;
  @Inject TenantApi api;
  @Inject HttpServletRequest request;

  /** An organisation as its member sees it. */
  public record ApiOrganisation(
      long id, String name, boolean personal, String role, List<String> permissions) {
    static ApiOrganisation of(Membership m) {
      return new ApiOrganisation(
          m.organisationId(),
          m.organisationName(),
          m.personal(),
          m.customRoleName() != null ? m.customRoleName() : m.role().name().toLowerCase(),
          m.permissions().stream().map(Permission::wireName).sorted().toList());
    }
  }

  /** A name, for a new organisation. */
  public record NewOrganisation(String name) {}

  /** A role to give: owner is never given, custom needs customRoleId. */
  public record RoleChange(String role, Long customRoleId) {}

  /** Whom to invite and as what. */
  public record NewInvitation(String email, String role, Long customRoleId) {}

  /** A custom role from permissions. */
  public record NewRole(String name, List<String> permissions) {}

  /** A custom role on the wire. */
  public record ApiRole(long id, String name, List<String> permissions) {
    static ApiRole of(CustomRoleView r) {
      return new ApiRole(
          r.id(), r.name(), r.permissions().stream().map(Permission::wireName).sorted().toList());
    }
  }

  @GET
  public ApiPage<ApiOrganisation> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long user = reader().userId();
    PageRequest request = PageRequest.of(page, limit);
    List<Membership> all = memberships.of(user);
    List<Membership> slice = all.stream().skip(request.offset()).limit(request.limit()).toList();
    return ApiPage.of(new Page<>(slice, all.size(), request), ApiOrganisation::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewOrganisation body) {
    long user = changer().userId();
    Membership created = organisations.create(user, RequestBodies.require(body).name());
    return Response.status(Response.Status.CREATED).entity(ApiOrganisation.of(created)).build();
  }

  @GET
  @Path("{id}")
  public ApiOrganisation get(@PathParam("id") long id) {
    return ApiOrganisation.of(memberships.requireMember(reader().userId(), id));
  }

  /** Makes this the organisation the caller's portal and password logins act in. */
  @POST
  @Path("{id}/activate")
  public ApiOrganisation activate(@PathParam("id") long id) {
    return ApiOrganisation.of(memberships.switchTo(changer().userId(), id));
  }

  @GET
  @Path("{id}/members")
  public ApiPage<MemberView> members(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return ApiPage.of(
        memberships.members(reader().userId(), id, PageRequest.of(page, limit)), m -> m);
  }

  @PUT
  @Path("{id}/members/{user}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeRole(
      @PathParam("id") long id, @PathParam("user") long member, RoleChange body) {
    RoleChange change = RequestBodies.require(body);
    memberships.changeRole(changer().userId(), id, member, change.role(), change.customRoleId());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/members/{user}")
  public Response remove(@PathParam("id") long id, @PathParam("user") long member) {
    memberships.removeMember(changer().userId(), id, member);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/invitations")
  public ApiPage<InvitationView> invitations(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return ApiPage.of(invitations.of(reader().userId(), id, PageRequest.of(page, limit)), i -> i);
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("id") long id, NewInvitation body) {
    NewInvitation invitation = RequestBodies.require(body);
    InvitationView created =
        invitations.invite(
            changer().userId(),
            id,
            invitation.email(),
            invitation.role(),
            invitation.customRoleId(),
            PortalUrls.base(request, (Edge) request.getAttribute(Edge.ATTRIBUTE)));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}/roles")
  public List<ApiRole> roles(@PathParam("id") long id) {
    return customRoles.of(reader().userId(), id).stream().map(ApiRole::of).toList();
  }

  @POST
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createRole(@PathParam("id") long id, NewRole body) {
    NewRole role = RequestBodies.require(body);
    CustomRoleView created =
        customRoles.create(changer().userId(), id, role.name(), role.permissions());
    return Response.status(Response.Status.CREATED).entity(ApiRole.of(created)).build();
  }

  /** Something that keeps an organisation open: how many, or for money owed how much. */
  public record ApiObstacle(String kind, Long count, ApiMoney amount) {

    public static ApiObstacle of(ClosureObstacle obstacle, Currency currency) {
      return new ApiObstacle(
          obstacle.kind().name().toLowerCase(Locale.ROOT),
          obstacle.amount() == null ? obstacle.count() : null,
          obstacle.amount() == null ? null : ApiMoney.of(new Money(obstacle.amount(), currency)));
    }
  }

  /**
   * What closing the organisation would meet: what must end first (none: it may close), the balance
   * and what becomes of it ({@code keep} as a credit, or {@code refund} to the cards it came from).
   */
  public record ApiClosure(List<ApiObstacle> obstacles, ApiMoney balance, String balanceOutcome) {}

  /** The owner's current password, which closing an organisation asks for. */
  public record CloseRequest(String currentPassword) {}

  /** What closing did: {@code loginClosed} when it was the owner's last organisation. */
  public record ApiClosed(long id, boolean loginClosed) {}

  @GET
  @Path("{id}/closure")
  public ApiClosure closure(@PathParam("id") long id) {
    long owner = changer().userId();
    List<ApiObstacle> obstacles =
        closing.obstacles(owner, id).stream()
            .map(o -> ApiObstacle.of(o, api.tenant().currency()))
            .toList();
    return new ApiClosure(
        obstacles, ApiMoney.of(wallets.balance(id)), settings.current().closedBalance());
  }

  /**
   * Closes the organisation for good: 409 naming what must end first, 400 for a wrong password. Its
   * members lose it at once; its invoices and payments stay for the shop's records.
   */
  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiClosed close(@PathParam("id") long id, CloseRequest body) {
    long owner = changer().userId();
    var closed = closing.close(owner, id, RequestBodies.require(body).currentPassword());
    return new ApiClosed(closed.organisationId(), closed.loginClosed());
  }

  private SessionLogin reader() {
    return api.customer(Scope.READ_USER);
  }

  private SessionLogin changer() {
    SessionLogin login = api.interactive(CHANGES);
    if (!login.groups().contains("customer")) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return login;
  }
}
