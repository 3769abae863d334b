package io.brandcloud.identity.application;

import java.time.Instant;

/** What a login attempt came to. */
public sealed interface LoginOutcome {

  /** Right password, verified account. */
  record Success(AuthenticatedUser user) implements LoginOutcome {}

  /** Right password; the account also needs a code from its authenticator app. */
  record SecondFactorRequired(AuthenticatedUser user) implements LoginOutcome {}

  /** Right one-time password: the user must choose their own password before anything else. */
  record PasswordChangeRequired(AuthenticatedUser user) implements LoginOutcome {}

  /** Unknown address or wrong password: the caller is not told which. */
  record Failed() implements LoginOutcome {}

  /**
   * Too many failures from this client address, for this e-mail address or for any; try again after
   * {@code until}. Said alike whether the account exists or not.
   */
  record Locked(Instant until) implements LoginOutcome {}

  /** Right password, but staff disabled the account. */
  record Disabled() implements LoginOutcome {}

  /** Right password, but the e-mail address has not been confirmed yet. */
  record Unverified(String email) implements LoginOutcome {}
}
