package io.brandcloud.web.security;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.web.edge.Edge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The logged-in user of the current request, in the request's realm: who authenticated, which the
 * edge knows. What they may do is decided on {@link io.brandcloud.access.Caller}, which {@link
 * Callers} makes of this login for the services.
 */
@ApplicationScoped
public class CurrentLogin {

  @Inject HttpServletRequest request;

  public Optional<SessionLogin> login() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (!(edge instanceof Edge resolved)) {
      return Optional.empty();
    }
    Object basic = request.getAttribute(SessionLogin.class.getName());
    if (basic instanceof SessionLogin login) {
      return Optional.of(login);
    }
    return SessionLogins.of(request, resolved);
  }

  /** The caller, who must be logged in and in the given group; otherwise a 401 or 403 error. */
  public SessionLogin require(String group) {
    SessionLogin login =
        login().orElseThrow(() -> new BrandcloudException(ErrorCode.UNAUTHENTICATED));
    if (!login.groups().contains(group)) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return login;
  }
}
