package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.DeviceNames;
import io.brandcloud.identity.domain.LoginSession;
import io.brandcloud.identity.domain.LoginSessionRepository;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where a user is logged in: each browser login is recorded with its device and address, shown on
 * the account page, and may be ended from another one. A login counts for at most {@link
 * #ABSOLUTE_LIMIT} and lapses after {@link #IDLE_LIMIT} without a request.
 */
@Stateless
public class LoginSessions {

  public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

  /** The servlet session's timeout in the web module's {@code web.xml}. */
  public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

  /** How stale "last seen" may be: a busy session writes it once in this time, not per request. */
  public static final Duration SEEN_PRECISION = Duration.ofMinutes(5);

  @Inject LoginSessionRepository sessions;
  @Inject UserRepository users;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject RecentCredentials recent;

  /** Records a login from this request's address; returns the id its session keeps. */
  public long begin(long userId, String userAgent) {
    Instant now = clock.now();
    LoginSession session =
        new LoginSession(
            userId,
            DeviceNames.describe(userAgent).orElse(null),
            RequestOrigin.address().orElse(null),
            now);
    sessions.add(session);
    return session.id();
  }

  /** The session was used just now, from this request's address. */
  public void seen(long userId, long sessionId) {
    sessions.markSeen(userId, sessionId, clock.now(), RequestOrigin.address().orElse(null));
  }

  /** Its owner changed the password in this session, which goes on while the others end. */
  public void renew(long userId, long sessionId) {
    sessions.find(userId, sessionId).ifPresent(s -> s.renew(clock.now()));
  }

  /** Its owner logged out of it. */
  public void loggedOut(long userId, long sessionId) {
    sessions.find(userId, sessionId).ifPresent(s -> s.end(clock.now()));
  }

  /** The user's sessions that still count, the most recently active first. */
  public List<LoginSessionView> active(long userId) {
    User user =
        users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    Instant now = clock.now();
    Instant validFrom = now.minus(ABSOLUTE_LIMIT);
    if (user.sessionsValidAfter() != null && user.sessionsValidAfter().isAfter(validFrom)) {
      validFrom = user.sessionsValidAfter();
    }
    return sessions.active(userId, validFrom, now.minus(IDLE_LIMIT).minus(SEEN_PRECISION)).stream()
        .map(LoginSessionView::of)
        .toList();
  }

  /** Ends one of the user's sessions, wherever it is; another user's is "not found". */
  public void end(long userId, long sessionId) {
    LoginSession session =
        sessions
            .find(userId, sessionId)
            .filter(s -> !s.ended())
            .orElseThrow(() -> BrandcloudException.notFound("Session " + sessionId));
    session.end(clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), userId);
    audit.record(
        users.find(userId).map(User::email).orElse(null),
        "session.ended",
        "user " + userId,
        session.device());
  }

  /** The user's sessions ended one by one that might still be presented. */
  public Set<Long> endedOf(long userId) {
    return sessions.endedSince(userId, clock.now().minus(ABSOLUTE_LIMIT));
  }
}
