package io.brandcloud.identity.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Staff shut a customer's user out and let them back in, make them choose a new password, or
 * correct their name and login address; each is audited under the staff member's name. Staff
 * accounts are managed on the staff page instead.
 */
@Stateless
public class AccountAccess {

  @Inject UserRepository users;
  @Inject PasswordResets resets;
  @Inject PasswordHasher passwords;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject RecentCredentials recent;
  @Inject AccountProfile profile;
  @Inject ProfileChanges changes;

  /** Why staff shut the user out; empty while they may log in. */
  public Optional<String> disabledReason(long userId) {
    CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    User user = customer(userId);
    return user.disabled() ? Optional.of(user.disabledReason().orElse("")) : Optional.empty();
  }

  /**
   * The user cannot log in, their sessions end and their API keys stop answering; their servers
   * keep running.
   */
  public void disable(long userId, String reason, String actor) {
    CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    String why = Validation.requireText("reason", reason, 500);
    User user = customer(userId);
    user.disable(why, clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), userId);
    audit.record(actor, "account.disabled", "user " + userId, why);
  }

  /** The user logs in again with the password and keys they had. */
  public void enable(long userId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    User user = customer(userId);
    user.enable();
    audit.record(actor, "account.enabled", "user " + userId, user.email());
  }

  /**
   * The password stops working at once, every session ends, and a reset link goes to the user's
   * address: for an account staff believe someone else knows the password of.
   */
  public void forcePasswordReset(long userId, String actor, String portalUrl) {
    CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    User user = customer(userId);
    Instant now = clock.now();
    user.changePasswordHash(passwords.hash(SecretTokens.random()));
    user.endSessions(now);
    recent.forgetUser(CurrentTenant.require().tenantId(), userId);
    resets.request(user.email(), portalUrl);
    audit.record(actor, "password.reset_forced", "user " + userId, user.email());
  }

  /** The customer's user as staff who correct it see it. */
  public AuthenticatedUser user(long userId) {
    CurrentCaller.requireStaff(StaffPermission.USERS_EDIT);
    return UserAccounts.view(customer(userId));
  }

  /** Corrects the name the panel calls the user by. */
  public AuthenticatedUser rename(long userId, String name, String actor) {
    CurrentCaller.requireStaff(StaffPermission.USERS_EDIT);
    return changes.rename(customer(userId), name, actor);
  }

  /**
   * Starts a change of the user's login address, as the user would: the address counts once the
   * link mailed to it is opened, and the current one is told. A mistyped address changes nothing.
   */
  public void changeEmail(long userId, String newEmail, String actor, String portalUrl) {
    CurrentCaller.requireStaff(StaffPermission.USERS_EDIT);
    changes.mailEmailChange(customer(userId), newEmail, portalUrl, actor);
  }

  /** The address waiting for its link to be opened, if there is one. */
  public Optional<String> pendingEmail(long userId) {
    CurrentCaller.requireStaff(StaffPermission.USERS_EDIT);
    return profile.pendingEmail(customer(userId).id());
  }

  private User customer(long userId) {
    return users
        .find(userId)
        .filter(user -> !user.role().isStaff())
        .orElseThrow(() -> BrandcloudException.notFound("Customer user " + userId));
  }
}
