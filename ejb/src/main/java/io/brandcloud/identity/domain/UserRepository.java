package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's user accounts. */
public interface UserRepository {

  /** Since when a user's sessions count: {@code validAfter} is null while none was ever ended. */
  record Sessions(Instant validAfter) {}

  /** Stores a new account; it has its id when this returns. */
  void add(User user);

  Optional<User> find(long userId);

  Optional<User> findForUpdate(long userId);

  /** The account with exactly this (already normalised) address. */
  Optional<User> withEmail(String email);

  /** Every account that is not a customer's, by e-mail address. */
  List<User> staff();

  /** How many tenant admins there are now. */
  long admins();

  /**
   * Removes a staff account with its API keys, account tokens and second factor; the audit log
   * keeps its e-mail address.
   */
  void removeStaff(User user);

  /** Locks the user's row until the transaction ends, without reading it again. */
  void lock(User user);

  /** Reads the user again, under a row lock held until the transaction ends. */
  void refreshForUpdate(User user);

  /** Read from the row itself, for an account that may be gone; empty if it is. */
  Optional<Sessions> sessions(long userId);
}
