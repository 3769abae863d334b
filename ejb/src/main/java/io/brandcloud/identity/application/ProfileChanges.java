package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AccountTokens.Issued;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The steps a user's own profile change and a tenant admin's correction share, in the caller's
 * transaction. Package-private: each caller checks first who may change whom.
 */
@ApplicationScoped
class ProfileChanges {

  @Inject UserRepository users;
  @Inject AccountTokens tokens;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject RecentCredentials recent;

  /** Renames the user, audited under {@code actor} (null: the user themselves). */
  AuthenticatedUser rename(User user, String displayName, String actor) {
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
   * Mails the link that makes {@code newEmail} the user's login and the notice to the current
   * address, audited under {@code actor} (null: the user themselves); the caller has checked who
   * may.
   */
  void mailEmailChange(User user, String newEmail, String portalUrl, String actor) {
    long userId = user.id();
    String address = Validation.requireEmail("email", newEmail);
    if (address.equals(user.email())) {
      throw BrandcloudException.invalid("email", "That is the address the user logs in with");
    }
    requireFree(address);
    Issued issued =
        tokens.issue(
            userId, Purpose.CHANGE_EMAIL, AccountProfile.EMAIL_CHANGE_VALID_FOR, false, address);
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
            AccountProfile.EMAIL_CHANGE_VALID_FOR.toHours()),
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

  /** No other account may log in with the address. */
  void requireFree(String address) {
    if (UserLookup.byEmail(users, address).isPresent()) {
      throw BrandcloudException.invalid("email", "Another account logs in with that address");
    }
  }
}
