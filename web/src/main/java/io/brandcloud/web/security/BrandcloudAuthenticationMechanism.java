package io.brandcloud.web.security;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.EdgeResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Runs before any filter on every request. A request whose realm has a login in the session is that
 * user; an API call may instead carry an API key ({@code Bearer}) or HTTP Basic credentials,
 * checked against its realm only. Everyone else stays anonymous and the edge decides what anonymous
 * callers may see.
 */
@ApplicationScoped
public class BrandcloudAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String FAILED_ATTRIBUTE = "brandcloud.authentication.failed";
  public static final String REFUSAL_ATTRIBUTE = "brandcloud.authentication.refusal";

  @Inject EdgeResolver resolver;
  @Inject Credentials credentials;
  @Inject Callers callers;
  @Inject SessionRecords records;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    RequestOrigin.set(request.getRemoteAddr(), request.getHeader("User-Agent"));
    CurrentCaller.clear();
    Optional<Edge> edge = resolver.resolve(request);
    if (edge.isEmpty()) {
      return context.doNothing();
    }
    Optional<SessionLogin> login = SessionLogins.of(request, edge.get());
    if (login.isPresent() && !stillValid(request, edge.get(), login.get())) {
      SessionLogins.logout(request, edge.get());
      login = Optional.empty();
    }
    login.ifPresent(l -> records.seen(request, edge.get(), l));
    if (login.isEmpty() && isApi(edge.get())) {
      login = fromHeader(request, edge.get());
    }
    Optional<SessionLogin> caller = login;
    caller.ifPresent(
        l -> {
          RequestOrigin.caller(l.name(), l.impersonator());
          CurrentCaller.set(callers.of(l, edge.get()));
        });
    return login
        .map(l -> context.notifyContainerAboutLogin(l.name(), l.groups()))
        .orElseGet(context::doNothing);
  }

  /**
   * A session login counts while it and, when staff act as a customer in it, the staff member's own
   * login both do: ending the staff member's session ends their acting too.
   */
  private boolean stillValid(HttpServletRequest request, Edge edge, SessionLogin login) {
    return credentials.stillValid(edge, login)
        && SessionLogins.impersonatingStaff(request, edge)
            .map(staff -> credentials.stillValid(edge, staff))
            .orElse(true);
  }

  private Optional<SessionLogin> fromHeader(HttpServletRequest request, Edge edge) {
    String header = request.getHeader("Authorization");
    Optional<SessionLogin> login;
    if (header == null) {
      return Optional.empty();
    } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      login = credentials.bearer(edge, header.substring(7).trim());
    } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        login = basic(header, edge);
      } catch (BrandcloudException refused) {
        request.setAttribute(REFUSAL_ATTRIBUTE, refused);
        login = Optional.empty();
      }
    } else {
      login = Optional.empty();
    }
    if (login.isEmpty()) {
      request.setAttribute(FAILED_ATTRIBUTE, Boolean.TRUE);
    } else {
      request.setAttribute(SessionLogin.class.getName(), login.get());
    }
    return login;
  }

  private Optional<SessionLogin> basic(String header, Edge edge) {
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : credentials.check(edge, decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static boolean isApi(Edge edge) {
    return edge.innerPath().startsWith("/api/");
  }
}
