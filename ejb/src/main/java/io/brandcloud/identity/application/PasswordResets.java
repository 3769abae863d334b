package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AccountTokens.Issued;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * "Forgot password": a single-use link valid for an hour. Asking never reveals whether an account
 * exists; setting the new password lifts a lock and ends every session.
 */
@Stateless
public class PasswordResets {

  static final Duration VALID_FOR = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  @Inject AccountTokens tokens;
  @Inject PasswordHasher passwords;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject LoginFailures failures;
  @Inject RecentCredentials recent;

  public void request(String email, String portalUrl) {
    String normalised = UserLookup.normalise(email);
    UserLookup.byEmail(em, normalised).ifPresent(user -> send(user, portalUrl));
    audit.record(normalised, "password.reset_requested", null, null);
  }

  /** Sets the new password if the token is valid; {@code false} if it is unknown, used or old. */
  public boolean reset(String token, String newPassword) {
    Validation.requirePassword("password", newPassword);
    return tokens
        .redeemToken(Purpose.RESET_PASSWORD, token)
        .map(
            userId -> {
              User user = em.find(User.class, userId);
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
    String product = CurrentTenant.require().brand().productName();
    UserLookup.byEmail(em, normalised)
        .ifPresent(
            user ->
                outbox.enqueue(
                    user.email(),
                    product + ": your login",
                    "Hello "
                        + user.displayName()
                        + ",\n\nyou have an account at "
                        + product
                        + ". Your login is this e-mail address: "
                        + user.email()
                        + "\n\nLog in at "
                        + portalUrl
                        + "/login.xhtml — forgot the password? Use the link on that page.\n"));
    audit.record(normalised, "account.reminder_requested", null, null);
  }

  private void send(User user, String portalUrl) {
    Issued issued = tokens.issue(user.id(), Purpose.RESET_PASSWORD, VALID_FOR, false);
    String product = CurrentTenant.require().brand().productName();
    outbox.enqueue(
        user.email(),
        product + ": reset your password",
        "Hello "
            + user.displayName()
            + ",\n\nsomeone asked to reset the password of your "
            + product
            + " account. To choose a new one, open this link within an hour:\n"
            + portalUrl
            + "/reset.xhtml?token="
            + issued.token()
            + "\n\nThe link works once. If you did not ask for this, ignore this mail; your"
            + " password stays as it is.\n");
  }
}
