package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passwords counted by typed e-mail address and client address together, and by client
 * address alone, with the lock each count earned. A count restarts at one when its last failure is
 * older than {@code quietSince}.
 */
public interface LoginFailureLog {

  /** The failures for an e-mail address from every client since then, and the latest of them. */
  record Tally(int failures, Instant lastFailedAt) {}

  Tally ofEmailSince(String email, Instant since);

  Optional<Instant> lockOfPair(String email, String address);

  Optional<Instant> lockOfAddress(String address);

  /** Counts a failure for the e-mail address from this client; the count it reached. */
  int countPair(String email, String address, Instant now, Instant quietSince);

  /** Counts a failure from this client, whatever the e-mail address; the count it reached. */
  int countAddress(String address, Instant now, Instant quietSince);

  void lockPair(String email, String address, Instant until);

  void lockAddress(String address, Instant until);

  /**
   * Forgets the counts with no failure since {@code quietSince} and no lock left at {@code now}.
   */
  void forgetQuiet(Instant quietSince, Instant now);

  void forgetPair(String email, String address);

  /** Forgets the e-mail address's counts from every client. */
  void forgetEmail(String email);
}
