package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's own name and login address. A new address counts once the link mailed to it is opened:
 * until then the login stays the old address, which is told of the request. Confirmed, the old
 * address no longer logs in and every session ends, so each device logs in with the new one.
 */
@Stateless
public class AccountProfile {

  static final Duration EMAIL_CHANGE_VALID_FOR = Duration.ofHours(24);

  @Inject UserRepository users;
  @Inject AccountTokens tokens;
  @Inject PasswordHasher passwords;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject LoginFailures failures;
  @Inject RecentCredentials recent;
  @Inject ProfileChanges changes;

  /** The name the panel calls the user by, on pages and in mail. */
  public AuthenticatedUser rename(long userId, String displayName) {
    return changes.rename(own(userId), displayName, null);
  }

  /**
   * Mails a link that makes {@code newEmail} the login to that address, and a notice to the one in
   * use. The current password must be right: a session left open does not hand the account over.
   */
  public void askToChangeEmail(
      long userId, String newEmail, String currentPassword, String portalUrl) {
    changes.mailEmailChange(
        requireCurrentPassword(userId, currentPassword), newEmail, portalUrl, null);
  }

  /**
   * The user, once their current password is right: what hands an account over or ends it is not
   * done from a session left open.
   */
  public void checkCurrentPassword(long userId, String currentPassword) {
    requireCurrentPassword(userId, currentPassword);
  }

  private User requireCurrentPassword(long userId, String currentPassword) {
    User user = own(userId);
    if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
      throw BrandcloudException.invalid("currentPassword", "The current password is wrong");
    }
    return user;
  }

  /** The address waiting for its link to be opened, if there is one. */
  public Optional<String> pendingEmail(long userId) {
    return tokens.pending(userId, Purpose.CHANGE_EMAIL);
  }

  /**
   * Makes the address the link was mailed to the user's login, once; empty for a link unknown, used
   * or expired. Every session of the user ends.
   */
  public Optional<String> confirmEmailChange(String token) {
    return tokens
        .redeem(Purpose.CHANGE_EMAIL, token)
        .map(
            redeemed -> {
              String address = redeemed.detail();
              changes.requireFree(address);
              User user = own(redeemed.userId());
              String before = user.email();
              Instant now = clock.now();
              user.changeEmail(address, now);
              user.endSessions(now);
              failures.forget(before);
              recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
              audit.record(address, "account.email_changed", "user " + user.id(), "was " + before);
              return address;
            });
  }

  private User own(long userId) {
    return users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
