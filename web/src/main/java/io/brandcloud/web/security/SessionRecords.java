package io.brandcloud.web.security;

import io.brandcloud.identity.application.LoginSessions;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps the record of each browser login of a tenant's user (device, address, last activity) that
 * the account page lists. Operators' logins and staff acting as a customer are not recorded.
 */
@ApplicationScoped
public class SessionRecords {

  private static final String SEEN = "brandcloud.session-seen.";
  private static final Logger LOG = Logger.getLogger(SessionRecords.class);

  @EJB LoginSessions sessions;
  @Inject ApplicationClock clock;

  /** A new login, recorded from this request, ready to be put in the session. */
  public SessionLogin begin(HttpServletRequest request, Edge edge, SessionLogin login) {
    if (edge.tenant().isEmpty() || login.impersonated()) {
      return login;
    }
    long id =
        CurrentTenant.supplyAs(
            edge.tenant().get(),
            () -> sessions.begin(login.userId(), request.getHeader("User-Agent")));
    request.getSession(true).setAttribute(SEEN + edge.realm(), clock.now());
    return login.recordedAs(id);
  }

  /** A request in a recorded session: its last activity is written every few minutes. */
  public void seen(HttpServletRequest request, Edge edge, SessionLogin login) {
    HttpSession session = request.getSession(false);
    if (login.sessionId() == null || edge.tenant().isEmpty() || session == null) {
      return;
    }
    Instant now = clock.now();
    Instant written = (Instant) session.getAttribute(SEEN + edge.realm());
    if (written != null && written.isAfter(now.minus(LoginSessions.SEEN_PRECISION))) {
      return;
    }
    session.setAttribute(SEEN + edge.realm(), now);
    try {
      CurrentTenant.runAs(
          edge.tenant().get(), () -> sessions.seen(login.userId(), login.sessionId()));
    } catch (RuntimeException e) {
      // "last active" is for the account page: a request is not refused for it (e.g. while a
      // tenant's tables are locked for a move)
      LOG.warnf("Last activity of session %d not written: %s", login.sessionId(), e);
    }
  }

  /** The login kept in place as of now (its owner changed the password in it). */
  public SessionLogin renewed(Edge edge, SessionLogin renewed) {
    if (renewed.sessionId() != null && edge.tenant().isPresent()) {
      CurrentTenant.runAs(
          edge.tenant().get(), () -> sessions.renew(renewed.userId(), renewed.sessionId()));
    }
    return renewed;
  }

  /** Its owner logged out. */
  public void loggedOut(Edge edge, SessionLogin login) {
    if (login.sessionId() == null || edge.tenant().isEmpty()) {
      return;
    }
    try {
      CurrentTenant.runAs(
          edge.tenant().get(), () -> sessions.loggedOut(login.userId(), login.sessionId()));
    } catch (RuntimeException e) {
      // the browser is logged out all the same; its record lapses with the idle time
      LOG.warnf("Session %d not marked logged out: %s", login.sessionId(), e);
    }
  }
}
