package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.PlainText;
import java.util.Locale;
import java.util.Optional;

/** Finds the current tenant's account by e-mail address, the way users type it. */
final class UserLookup {

  private UserLookup() {}

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  static Optional<User> byEmail(UserRepository users, String email) {
    if (!couldBeStored(email)) {
      return Optional.empty();
    }
    return users.withEmail(normalise(email));
  }

  /**
   * Addresses are checked before they are stored, so one with a control character belongs to
   * nobody; asking PostgreSQL would fail on a NUL instead of finding nothing.
   */
  private static boolean couldBeStored(String email) {
    return email == null || PlainText.forbiddenInLine(email).isEmpty();
  }
}
