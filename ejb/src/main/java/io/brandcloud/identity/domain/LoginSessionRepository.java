package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The browser logins of the tenant's users. */
public interface LoginSessionRepository {

  void add(LoginSession session);

  /** The user's session, or empty when the id is another user's. */
  Optional<LoginSession> find(long userId, long sessionId);

  /**
   * The user's sessions not ended, valid from {@code validFrom} on at the earliest and active since
   * {@code seenSince}, the latest first.
   */
  List<LoginSession> active(long userId, Instant validFrom, Instant seenSince);

  /** The ids of the user's sessions ended while they could still have been in use. */
  Set<Long> endedSince(long userId, Instant validFrom);

  /** Notes activity from an address (null: unchanged). */
  void markSeen(long userId, long sessionId, Instant now, String address);

  int endAll(long userId, Instant now);
}
