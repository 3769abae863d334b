package io.brandcloud.identity.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long repeated wrong passwords lock a login: free attempts first, then a lock that doubles
 * with every further failure up to a ceiling.
 */
public record LoginPolicy(int freeAttempts, Duration firstLock, Duration longestLock) {

  /** Per account and client address: five tries, then 1, 2, 4 … minutes, at most an hour. */
  public static final LoginPolicy ACCOUNT =
      new LoginPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

  /** Per client address, across accounts: twenty tries, then the same doubling. */
  public static final LoginPolicy ADDRESS =
      new LoginPolicy(20, Duration.ofMinutes(1), Duration.ofHours(1));

  /** The lock after this many consecutive failures, if any. */
  public Optional<Duration> lockFor(int failures) {
    if (failures < freeAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - freeAttempts, 20);
    Duration lock = firstLock.multipliedBy(1L << doublings);
    return Optional.of(lock.compareTo(longestLock) > 0 ? longestLock : lock);
  }
}
