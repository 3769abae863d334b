package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AccountTokens.Issued;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
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
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject LoginFailures failures;
  @Inject RecentCredentials recent;

  /** The name the panel calls the user by, on pages and in mail. */
  public AuthenticatedUser rename(long userId, String displayName) {
    return rename(userId, displayName, null);
  }

  /**
   * Renames the user, audited under {@code actor} (null: the user themselves); the caller has
   * checked who may.
   */
  public AuthenticatedUser rename(long userId, String displayName, String actor) {
    User user = own(userId);
    String name = Validation.requireText("name", displayName, 120);
    String before = user.displayName();
    user.rename(name);
    // keys remembered by the nodes carry the holder's name
    recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
    audit.record(
        actor == null ? user.email() : actor,
        "account.renamed",
        "user " + user.id(),
        before + " → " + name);
    return UserAccounts.view(user);
  }

  /**
   * Mails a link that makes {@code newEmail} the login to that address, and a notice to the one in
   * use. The current password must be right: a session left open does not hand the account over.
   */
  public void askToChangeEmail(
      long userId, String newEmail, String currentPassword, String portalUrl) {
    User user = own(userId);
    if (!passwords.matches(currentPassword, user.passwordHash())) {
      throw BrandcloudException.invalid("currentPassword", "The current password is wrong");
    }
    mailEmailChange(userId, newEmail, portalUrl, null);
  }

  /**
   * Mails the link that makes {@code newEmail} the user's login and the notice to the current
   * address, audited under {@code actor} (null: the user themselves); the caller has checked who
   * may.
   */
  public void mailEmailChange(long userId, String newEmail, String portalUrl, String actor) {
    User user = own(userId);
    String address = Validation.requireEmail("email", newEmail);
    if (address.equals(user.email())) {
      throw BrandcloudException.invalid("email", "That is the address the user logs in with");
    }
    requireFree(address);
    Issued issued =
        tokens.issue(userId, Purpose.CHANGE_EMAIL, EMAIL_CHANGE_VALID_FOR, false, address);
    Locale language = user.language().map(Locale::forLanguageTag).orElse(null);
    outbox.send(
        MessageType.EMAIL_CHANGE,
        address,
        Map.of(
            "name",
            user.displayName(),
            "email",
            address,
            "link",
            portalUrl + "/email-change.xhtml?token=" + issued.token(),
            "validHours",
            EMAIL_CHANGE_VALID_FOR.toHours()),
        Optional.empty(),
        language);
    outbox.send(
        MessageType.EMAIL_CHANGE_REQUESTED,
        user.email(),
        Map.of(
            "name",
            user.displayName(),
            "email",
            address,
            "accountUrl",
            portalUrl + "/account.xhtml"));
    audit.record(
        actor == null ? user.email() : actor,
        "account.email_change_asked",
        "user " + userId,
        address);
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
              requireFree(address);
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

  private void requireFree(String address) {
    if (UserLookup.byEmail(users, address).isPresent()) {
      throw BrandcloudException.invalid("email", "Another account logs in with that address");
    }
  }

  private User own(long userId) {
    return users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
