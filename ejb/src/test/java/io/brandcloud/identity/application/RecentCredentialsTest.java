package io.brandcloud.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

  private final RecentCredentials recent = new RecentCredentials();
  private final Instant now = Instant.parse("2030-01-01T00:00:00Z");

  private static KeyHolder key(long userId, Instant expiresAt) {
    return new KeyHolder(
        7,
        new AuthenticatedUser(userId, "a@b.example", "A", Role.CUSTOMER),
        null,
        Set.of(),
        expiresAt);
  }

  @Test
  void aKnownKeyIsAnsweredFromMemoryUntilItExpiresOrItsUserIsForgotten() {
    recent.rememberKey(1, "digest", key(42, now.plusSeconds(60)), recent.epoch());
    assertThat(recent.key(1, "digest", now)).isPresent();
    assertThat(recent.key(2, "digest", now)).as("another tenant").isEmpty();
    assertThat(recent.key(1, "digest", now.plusSeconds(60))).as("expired").isEmpty();

    recent.forgetUser(1, 42);
    assertThat(recent.key(1, "digest", now)).isEmpty();
  }

  @Test
  void anAnswerReadBeforeARevocationIsNotKept() {
    long before = recent.epoch();
    recent.forgetUser(1, 42);
    recent.rememberKey(1, "digest", key(42, null), before);
    recent.rememberSession(1, 42, new RecentCredentials.SessionState(true, null), before);
    assertThat(recent.key(1, "digest", now)).isEmpty();
    assertThat(recent.session(1, 42)).isEmpty();
  }

  @Test
  void aSessionCountsFromWhenItsUsersSessionsWereLastEnded() {
    var state = new RecentCredentials.SessionState(true, now);
    assertThat(state.admits(now.minusSeconds(1), null)).isFalse();
    assertThat(state.admits(now, null)).isTrue();
    assertThat(new RecentCredentials.SessionState(false, null).admits(now, null)).isFalse();
  }

  @Test
  void aSessionEndedOnItsOwnNoLongerCountsWhileItsNeighboursDo() {
    var state = new RecentCredentials.SessionState(true, null, java.util.Set.of(7L));
    assertThat(state.admits(now, 7L)).isFalse();
    assertThat(state.admits(now, 8L)).isTrue();
    assertThat(state.admits(now, null)).isTrue();
  }
}
