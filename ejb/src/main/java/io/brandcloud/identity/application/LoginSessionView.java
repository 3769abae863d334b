package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.LoginSession;
import java.io.Serializable;
import java.time.Instant;

/** A login as its owner sees it; {@code device} and {@code address} may be unknown (null). */
public record LoginSessionView(
    long id, String device, String address, Instant startedAt, Instant lastSeenAt)
    implements Serializable {

  static LoginSessionView of(LoginSession session) {
    return new LoginSessionView(
        session.id(),
        session.device(),
        session.address(),
        session.startedAt(),
        session.lastSeenAt());
  }
}
