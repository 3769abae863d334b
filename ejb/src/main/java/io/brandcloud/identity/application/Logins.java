package io.brandcloud.identity.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.Validation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Password logins to the current tenant with brute-force protection ({@link LoginFailures}): wrong
 * passwords lock the client address that sent them, for that account and, after more, for every
 * account, never the account itself, so nobody can lock its owner out from elsewhere, and known and
 * unknown addresses are answered alike. Wrong second-factor codes (which need the password) lock
 * the account. Every attempt is in the audit log. Failures are committed, since the login itself
 * does not throw.
 */
@Stateless
public class Logins {

  /** The audit log's actor for a failed login whose name was not an e-mail address. */
  static final String NOT_AN_ADDRESS = "(not an e-mail address)";

  @Inject UserRepository users;
  @Inject PasswordHasher passwords;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject TwoFactor twoFactor;
  @Inject LoginFailures failures;
  @Inject UserAccounts accounts;
  @Inject LoginSessions loginSessions;

  private String unknownUserHash;

  @PostConstruct
  void prepare() {
    unknownUserHash = passwords.hash("no account has this password");
  }

  public LoginOutcome attempt(String email, String password) {
    return attempt(email, password, false, true);
  }

  /**
   * The password of an API call (HTTP Basic): checked, counted and locked like a login, but a
   * success is not a login event, so the audit log is not one row per request.
   */
  public LoginOutcome apiAttempt(String email, String password) {
    return attempt(email, password, false, false);
  }

  /**
   * @param oneTimeOnly the password must be a one-time one: a user's own password, right as it may
   *     be, is a failed attempt here and not a login
   */
  private LoginOutcome attempt(
      String email, String password, boolean oneTimeOnly, boolean auditSuccess) {
    Instant now = clock.now();
    String address = RequestOrigin.address().orElse("unknown");
    String normalised = UserLookup.normalise(email);
    Optional<Instant> lock = failures.lockedUntil(normalised, address, now);
    if (lock.isPresent()) {
      audit.record(auditedName(normalised), "login.locked", "address " + address, null);
      return new LoginOutcome.Locked(lock.get());
    }
    // No row lock while the password is hashed: floods of wrong passwords must not queue behind
    // one account (its owner would wait, and the wait would tell that the account exists).
    Optional<User> found = UserLookup.byEmail(users, normalised);
    if (found.isEmpty()) {
      passwords.matches(password == null ? "" : password, unknownUserHash);
      // what was typed may be a password or a key pasted into the wrong field: kept only as an
      // address
      audit.record(auditedName(normalised), "login.failure", null, "unknown account");
      return failed(normalised, address, now);
    }
    User user = found.get();
    if (user.lockedAt(now)) {
      audit.record(normalised, "login.locked", "user " + user.id(), "wrong second factors");
      return new LoginOutcome.Locked(user.lockedUntil());
    }
    if (!passwords.matches(password, user.passwordHash()) || user.passwordExpiredAt(now)) {
      String why = user.passwordExpiredAt(now) ? "one-time password used or expired" : null;
      audit.record(normalised, "login.failure", "user " + user.id(), why);
      return failed(normalised, address, now);
    }
    if (oneTimeOnly && !user.passwordChangeRequired()) {
      audit.record(normalised, "login.failure", "user " + user.id(), "not a one-time password");
      return failed(normalised, address, now);
    }
    users.lock(user);
    failures.succeeded(normalised, address);
    if (user.disabled()) {
      audit.record(normalised, "login.disabled", "user " + user.id(), null);
      return new LoginOutcome.Disabled();
    }
    if (!user.emailVerified()) {
      return new LoginOutcome.Unverified(user.email());
    }
    if (user.passwordChangeRequired()) {
      audit.record(normalised, "login.one-time-password", "user " + user.id(), null);
      return new LoginOutcome.PasswordChangeRequired(UserAccounts.view(user));
    }
    if (twoFactor.isEnabled(user.id())) {
      return new LoginOutcome.SecondFactorRequired(UserAccounts.view(user));
    }
    user.succeededLogin();
    if (auditSuccess) {
      audit.record(normalised, "login.success", "user " + user.id(), null);
    }
    return new LoginOutcome.Success(UserAccounts.view(user));
  }

  /**
   * Trades a one-time password for one the user chose, in one step (for the API; the portal asks
   * for the new password on the page after the login). A wrong or spent one-time password counts as
   * a failed login.
   */
  public LoginOutcome chooseOwnPassword(String email, String oneTimePassword, String newPassword) {
    Validation.requirePassword("newPassword", newPassword);
    LoginOutcome outcome = attempt(email, oneTimePassword, true, true);
    if (outcome instanceof LoginOutcome.PasswordChangeRequired required) {
      return new LoginOutcome.Success(
          accounts.replaceOneTimePassword(required.user().id(), newPassword));
    }
    return outcome;
  }

  /**
   * What was typed as the login name, as the audit log may keep it: an address, never a password or
   * key typed into the wrong field.
   */
  static String auditedName(String typed) {
    return Validation.looksLikeEmail(typed) ? typed : NOT_AN_ADDRESS;
  }

  private LoginOutcome failed(String email, String address, Instant now) {
    return failures
        .count(email, address, now)
        .<LoginOutcome>map(LoginOutcome.Locked::new)
        .orElseGet(LoginOutcome.Failed::new);
  }

  /**
   * The second step of a login whose password was right: a wrong code counts as a failed login, so
   * guessing codes locks the account like guessing passwords does.
   */
  public LoginOutcome secondFactor(long userId, String code) {
    Instant now = clock.now();
    User user =
        users
            .findForUpdate(userId)
            .orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    if (user.lockedAt(now)) {
      return new LoginOutcome.Locked(user.lockedUntil());
    }
    // staff may have shut the user out between the password and the code
    if (user.disabled()) {
      return new LoginOutcome.Disabled();
    }
    if (!twoFactor.verify(userId, code)) {
      user.failedLogin(now);
      audit.record(user.email(), "login.failure", "user " + userId, "wrong second factor");
      return user.lockedAt(now)
          ? new LoginOutcome.Locked(user.lockedUntil())
          : new LoginOutcome.Failed();
    }
    user.succeededLogin();
    audit.record(user.email(), "login.success", "user " + userId, "with second factor");
    return new LoginOutcome.Success(UserAccounts.view(user));
  }

  /** Lifts an account's lock and forgets its failures; for tenant admins. */
  public void unlock(long userId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    User user =
        users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    user.unlock();
    failures.forget(user.email());
    audit.record(actor, "account.unlocked", "user " + userId, user.email());
  }

  /** Whether the user still exists, since when their sessions count, and which were ended. */
  public RecentCredentials.SessionState sessionState(long userId) {
    return users
        .sessions(userId)
        .map(
            s ->
                new RecentCredentials.SessionState(
                    true, s.validAfter(), loginSessions.endedOf(userId)))
        .orElseGet(() -> new RecentCredentials.SessionState(false, null));
  }
}
