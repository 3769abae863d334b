package io.brandcloud.web.security;

import io.brandcloud.web.edge.Edge;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The logins a browser session holds, one per realm, under keys no other realm reads. */
public final class SessionLogins {

  private static final String KEY = "brandcloud.login.";
  private static final String PENDING = "brandcloud.second-factor.";
  private static final String STAFF = "brandcloud.impersonating-staff.";
  private static final String NEW_PASSWORD = "brandcloud.password-change.";

  private SessionLogins() {}

  public static Optional<SessionLogin> of(HttpServletRequest request, Edge edge) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((SessionLogin) session.getAttribute(KEY + edge.realm()));
  }

  /** Records a login and gives the session a new id, so a planted session id is worthless. */
  public static void login(HttpServletRequest request, Edge edge, SessionLogin login) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(KEY + edge.realm(), login);
    request.getSession().removeAttribute(PENDING + edge.realm());
    request.getSession().removeAttribute(NEW_PASSWORD + edge.realm());
  }

  /** A user who passed the password step and owes one more (a second factor, or a new password). */
  public record PendingLoginStep(long userId, java.time.Instant since)
      implements java.io.Serializable {}

  public static void awaitSecondFactor(
      HttpServletRequest request, Edge edge, PendingLoginStep pending) {
    request.getSession(true).setAttribute(PENDING + edge.realm(), pending);
  }

  public static Optional<PendingLoginStep> pendingSecondFactor(
      HttpServletRequest request, Edge edge, java.time.Instant now) {
    return pending(request, PENDING + edge.realm(), java.time.Duration.ofMinutes(5), now);
  }

  /** A user who logged in with a one-time password and owes their own, for fifteen minutes. */
  public static void awaitPasswordChange(
      HttpServletRequest request, Edge edge, PendingLoginStep pending) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(NEW_PASSWORD + edge.realm(), pending);
  }

  public static Optional<PendingLoginStep> pendingPasswordChange(
      HttpServletRequest request, Edge edge, java.time.Instant now) {
    return pending(request, NEW_PASSWORD + edge.realm(), java.time.Duration.ofMinutes(15), now);
  }

  private static Optional<PendingLoginStep> pending(
      HttpServletRequest request, String key, java.time.Duration lifetime, java.time.Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((PendingLoginStep) session.getAttribute(key))
        .filter(p -> p.since().plus(lifetime).isAfter(now));
  }

  public static void logout(HttpServletRequest request, Edge edge) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(KEY + edge.realm());
      session.removeAttribute(STAFF + edge.realm());
    }
  }

  /** Puts the staff member's own login aside and acts as the customer until {@link #resume}. */
  public static void impersonate(
      HttpServletRequest request, Edge edge, SessionLogin staff, SessionLogin customer) {
    HttpSession session = request.getSession(true);
    session.setAttribute(STAFF + edge.realm(), staff);
    session.setAttribute(KEY + edge.realm(), customer.actedOnBy(staff.name()));
  }

  /** The staff member's own login, put aside while they act as a customer. */
  public static Optional<SessionLogin> impersonatingStaff(HttpServletRequest request, Edge edge) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SessionLogin) session.getAttribute(STAFF + edge.realm()));
  }

  /** Ends an impersonation: the staff member's own login is back. */
  public static Optional<SessionLogin> resume(HttpServletRequest request, Edge edge) {
    HttpSession session = request.getSession(false);
    if (session == null || session.getAttribute(STAFF + edge.realm()) == null) {
      return Optional.empty();
    }
    SessionLogin staff = (SessionLogin) session.getAttribute(STAFF + edge.realm());
    session.removeAttribute(STAFF + edge.realm());
    session.setAttribute(KEY + edge.realm(), staff);
    return Optional.of(staff);
  }
}
