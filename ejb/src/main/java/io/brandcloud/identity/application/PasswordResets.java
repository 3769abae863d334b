package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AccountTokens.Issued;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;

/**
 * "Forgot password": a single-use link valid for an hour. Asking never reveals whether an account
 * exists; setting the new password lifts a lock and ends every session.
 */
@Stateless
public class PasswordResets {

  static final Duration VALID_FOR = Duration.ofHours(1);

  @Inject UserRepository users;
  @Inject AccountTokens tokens;
  @Inject PasswordHasher passwords;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject LoginFailures failures;
  @Inject RecentCredentials recent;

  public void request(String email, String portalUrl) {
    String normalised = UserLookup.normalise(email);
    UserLookup.byEmail(users, normalised).ifPresent(user -> send(user, portalUrl));
    audit.record(normalised, "password.reset_requested", null, null);
  }

  /** Sets the new password if the token is valid; {@code false} if it is unknown, used or old. */
  public boolean reset(String token, String newPassword) {
    Validation.requirePassword("password", newPassword);
    return tokens
        .redeemToken(Purpose.RESET_PASSWORD, token)
        .map(
            userId -> {
              User user = users.find(userId).orElseThrow();
              user.changePasswordHash(passwords.hash(newPassword));
              user.unlock();
              failures.forget(user.email());
              user.verifyEmail(clock.now());
              user.endSessions(clock.now());
              recent.forgetUser(CurrentTenant.require().tenantId(), userId);
              audit.record(user.email(), "password.reset", "user " + userId, null);
              return true;
            })
        .orElse(false);
  }

  /**
   * "Which address did I sign up with?": mails the address it is asked about if an account has it,
   * naming the portal to log in at, and says nothing either way to the asker.
   */
  public void remind(String email, String portalUrl) {
    String normalised = UserLookup.normalise(email);
    UserLookup.byEmail(users, normalised)
        .ifPresent(
            user ->
                outbox.send(
                    MessageType.LOGIN_REMINDER,
                    user.email(),
                    Map.of(
                        "name",
                        user.displayName(),
                        "email",
                        user.email(),
                        "loginUrl",
                        portalUrl + "/login.xhtml")));
    audit.record(normalised, "account.reminder_requested", null, null);
  }

  private void send(User user, String portalUrl) {
    Issued issued = tokens.issue(user.id(), Purpose.RESET_PASSWORD, VALID_FOR, false);
    outbox.send(
        MessageType.PASSWORD_RESET,
        user.email(),
        Map.of(
            "name",
            user.displayName(),
            "link",
            portalUrl + "/reset.xhtml?token=" + issued.token()));
  }
}
