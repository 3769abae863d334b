package io.brandcloud.web.rest;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.PortalUrls;
import io.brandcloud.web.security.BrandcloudAuthenticationMechanism;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who calls a tenant resource: the request is for a tenant (the platform host has no tenant API, so
 * 404) and the caller is logged in to it as staff or as a customer, in the organisation they act
 * in. What their role and their key's scopes allow is for the services to decide (the permission
 * checks live there, not here); only the reads of the caller's own account, organisations and
 * announcements, which no permission guards, still name the scope a key needs.
 */
@ApplicationScoped
public class TenantApi {

  @Inject HttpServletRequest request;
  @Inject CurrentLogin currentLogin;

  @EJB Memberships memberships;

  public TenantContext tenant() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (edge instanceof Edge resolved && resolved.tenant().isPresent()) {
      return resolved.tenant().get();
    }
    throw new BrandcloudException(ErrorCode.TENANT_NOT_FOUND);
  }

  /** A customer acting on their own resources. */
  public SessionLogin customer(Scope scope) {
    return withScope(member("customer"), scope);
  }

  /** A customer and the organisation they act in. */
  public record OrganisationCaller(SessionLogin login, Membership membership) {
    public long organisationId() {
      return membership.organisationId();
    }
  }

  /**
   * A customer in the organisation they act in (an API key's own, else the user's active one),
   * whatever their role there lets them do: what it allows, and what the key's scopes cover, is for
   * the service the call reaches to decide.
   */
  public OrganisationCaller activeOrganisation() {
    SessionLogin login = member("customer");
    return new OrganisationCaller(login, actingIn(login));
  }

  /** Whether the customer acts in an organisation now (a key for one always does). */
  public boolean actsInAnOrganisation() {
    SessionLogin login = member("customer");
    return (login.viaApiKey() && login.keyOrganisationId() != null)
        || memberships.active(login.userId()).isPresent();
  }

  private Membership actingIn(SessionLogin login) {
    return login.viaApiKey() && login.keyOrganisationId() != null
        ? memberships.requireMember(login.userId(), login.keyOrganisationId())
        : memberships
            .active(login.userId())
            .orElseThrow(() -> new BrandcloudException(ErrorCode.NO_ORGANISATION));
  }

  /**
   * Reseller staff, whatever their role ({@link io.brandcloud.access.Caller#requireStaff()}): API
   * keys need {@code admin:*}, password logins a second factor where the tenant requires it for
   * staff. Whether the role allows the call is for the service it reaches to decide.
   */
  public SessionLogin staff() {
    SessionLogin login = member(Role.STAFF_GROUP);
    CurrentCaller.require().requireStaff();
    return login;
  }

  /** Any user of this tenant, staff or customer. */
  public SessionLogin user(Scope scope) {
    tenant();
    return withScope(loggedIn(), scope);
  }

  /** Any user who logged in with a password: a leaked key must not mint or revoke keys. */
  public SessionLogin interactive(String what) {
    tenant();
    SessionLogin login = loggedIn();
    if (login.viaApiKey()) {
      throw new BrandcloudException(ErrorCode.INTERACTIVE_LOGIN_REQUIRED, what);
    }
    if (login.impersonated()) {
      throw new BrandcloudException(ErrorCode.NOT_WHILE_IMPERSONATING, what);
    }
    return login;
  }

  /** The tenant's portal as this request reached it (its domain or its path on the platform). */
  public String portalBase() {
    tenant();
    return PortalUrls.base(request, (Edge) request.getAttribute(Edge.ATTRIBUTE));
  }

  public SessionLogin operator() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (!(edge instanceof Edge resolved) || !resolved.isPlatform()) {
      throw new BrandcloudException(ErrorCode.NOT_FOUND, "This resource");
    }
    return currentLogin.require("platform-operator");
  }

  private SessionLogin member(String group) {
    tenant();
    loggedIn();
    return currentLogin.require(group);
  }

  private SessionLogin loggedIn() {
    if (request.getAttribute(BrandcloudAuthenticationMechanism.REFUSAL_ATTRIBUTE)
        instanceof BrandcloudException refusal) {
      throw refusal;
    }
    if (request.getAttribute(BrandcloudAuthenticationMechanism.FAILED_ATTRIBUTE) != null) {
      throw new BrandcloudException(ErrorCode.INVALID_CREDENTIALS);
    }
    return currentLogin
        .login()
        .orElseThrow(() -> new BrandcloudException(ErrorCode.UNAUTHENTICATED));
  }

  private static SessionLogin withScope(SessionLogin login, Scope scope) {
    if (!login.scopes().contains(scope.wireName())) {
      throw new BrandcloudException(ErrorCode.INSUFFICIENT_SCOPE, scope.wireName());
    }
    return login;
  }
}
