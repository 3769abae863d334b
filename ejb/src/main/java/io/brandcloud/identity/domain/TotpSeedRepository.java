package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** The current tenant's TOTP seeds, at most one per user, stored sealed. */
public interface TotpSeedRepository {

  /** Whether the user has a seed they confirmed, which means two-factor login is on. */
  boolean confirmed(long userId);

  /** Stores a new, unconfirmed seed, replacing the user's earlier one. */
  void enrol(long userId, byte[] sealed, Instant at);

  void confirm(long userId, Instant at);

  /** The user's seed, locked until the transaction ends, so a code is accepted only once. */
  Optional<TotpSeed> ofUserForUpdate(long userId);

  /** Remembers the time step a code was accepted for; codes of that step or earlier are spent. */
  void useStep(long userId, long step);

  void remove(long userId);
}
