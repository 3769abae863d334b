package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.LoginPolicy;
import io.brandcloud.identity.domain.User;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.RequestOrigin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Password logins to the current tenant with brute-force protection: wrong passwords count per
 * account and per client address, and each locks for longer ({@link LoginPolicy}). Every attempt is
 * in the audit log. Failures are committed, since the login itself does not throw.
 */
@Stateless
public class Logins {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject TwoFactor twoFactor;

  private String unknownUserHash;

  @PostConstruct
  void prepare() {
    unknownUserHash = passwords.hash("no account has this password");
  }

  public LoginOutcome attempt(String email, String password) {
    Instant now = clock.now();
    String address = RequestOrigin.address().orElse("unknown");
    String normalised = UserLookup.normalise(email);
    Optional<Instant> addressLock = addressLockedUntil(address, now);
    if (addressLock.isPresent()) {
      audit.record(normalised, "login.locked", "address " + address, null);
      return new LoginOutcome.Locked(addressLock.get());
    }
    Optional<User> found = UserLookup.byEmailForUpdate(em, normalised);
    if (found.isEmpty()) {
      passwords.matches(password == null ? "" : password, unknownUserHash);
      failedFromAddress(address, now);
      audit.record(normalised, "login.failure", null, "unknown account");
      return new LoginOutcome.Failed();
    }
    User user = found.get();
    if (user.lockedAt(now)) {
      audit.record(normalised, "login.locked", "user " + user.id(), null);
      return new LoginOutcome.Locked(user.lockedUntil());
    }
    if (!passwords.matches(password, user.passwordHash())) {
      user.failedLogin(now);
      failedFromAddress(address, now);
      audit.record(
          normalised, "login.failure", "user " + user.id(), "failures=" + user.failedLogins());
      return user.lockedAt(now)
          ? new LoginOutcome.Locked(user.lockedUntil())
          : new LoginOutcome.Failed();
    }
    if (!user.emailVerified()) {
      return new LoginOutcome.Unverified(user.email());
    }
    if (twoFactor.isEnabled(user.id())) {
      return new LoginOutcome.SecondFactorRequired(UserAccounts.view(user));
    }
    user.succeededLogin();
    audit.record(normalised, "login.success", "user " + user.id(), null);
    return new LoginOutcome.Success(UserAccounts.view(user));
  }

  /**
   * The second step of a login whose password was right: a wrong code counts as a failed login, so
   * guessing codes locks the account like guessing passwords does.
   */
  public LoginOutcome secondFactor(long userId, String code) {
    Instant now = clock.now();
    User user =
        Optional.ofNullable(em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    if (user.lockedAt(now)) {
      return new LoginOutcome.Locked(user.lockedUntil());
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
    User user =
        Optional.ofNullable(em.find(User.class, userId))
            .orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    user.unlock();
    audit.record(actor, "account.unlocked", "user " + userId, user.email());
  }

  /** Whether a session that began at {@code loggedInAt} is still valid for this user. */
  public boolean sessionValid(long userId, Instant loggedInAt) {
    List<?> row =
        em.createNativeQuery("SELECT sessions_valid_after FROM users WHERE id = ?1")
            .setParameter(1, userId)
            .getResultList();
    if (row.isEmpty()) {
      return false;
    }
    Object validAfter = row.get(0);
    return validAfter == null
        || !loggedInAt.isBefore(io.brandcloud.shared.SqlValues.instant(validAfter));
  }

  private Optional<Instant> addressLockedUntil(String address, Instant now) {
    List<?> row =
        em.createNativeQuery("SELECT locked_until FROM login_failures_by_ip WHERE ip = ?1")
            .setParameter(1, address)
            .getResultList();
    if (row.isEmpty() || row.get(0) == null) {
      return Optional.empty();
    }
    Instant until = io.brandcloud.shared.SqlValues.instant(row.get(0));
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  /** Counts a failure from an address; a quiet hour forgets earlier failures. */
  private void failedFromAddress(String address, Instant now) {
    Number failures =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO login_failures_by_ip (ip, failures, last_failed_at)"
                        + " VALUES (?1, 1, ?2) ON CONFLICT (ip) DO UPDATE SET failures ="
                        + " CASE WHEN login_failures_by_ip.last_failed_at < ?3 THEN 1"
                        + " ELSE login_failures_by_ip.failures + 1 END, last_failed_at = ?2"
                        + " RETURNING failures")
                .setParameter(1, address)
                .setParameter(2, now)
                .setParameter(3, now.minusSeconds(3600))
                .getSingleResult();
    LoginPolicy.ADDRESS
        .lockFor(failures.intValue())
        .ifPresent(
            lock ->
                em.createNativeQuery(
                        "UPDATE login_failures_by_ip SET locked_until = ?2 WHERE ip = ?1")
                    .setParameter(1, address)
                    .setParameter(2, now.plus(lock))
                    .executeUpdate());
  }
}
