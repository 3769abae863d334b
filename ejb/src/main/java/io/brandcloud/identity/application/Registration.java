package io.brandcloud.identity.application;

import io.brandcloud.access.Role;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.fraud.application.FraudScreening.Screened;
import io.brandcloud.identity.application.AccountTokens.Issued;
import io.brandcloud.identity.application.AccountTokens.Purpose;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Customers sign themselves up: the account starts unverified and a mail carries a link and a code,
 * both valid for a day. Failed verifications return {@code false} rather than throw, so wrong code
 * guesses are counted (committed) against the token.
 */
@Stateless
public class Registration {

  static final Duration VERIFICATION_VALID_FOR = Duration.ofHours(24);

  @Inject UserRepository users;
  @Inject UserAccounts accounts;
  @Inject PasswordHasher passwords;
  @Inject Organisations organisations;
  @Inject AccountTokens tokens;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @EJB FraudScreening screening;

  /**
   * Registers a customer and mails the verification. {@code portalUrl} is the tenant's address as
   * the customer reached it (custom domain or /t/slug), used to build the link.
   */
  public long register(String email, String displayName, String password, String portalUrl) {
    String checkedEmail = Validation.requireEmail("email", email);
    String name = Validation.requireText("name", displayName, 120);
    Validation.requirePassword("password", password);
    Screened screened = screening.screenSignUp(checkedEmail, name);
    AuthenticatedUser user =
        accounts.createUnverified(checkedEmail, name, Role.CUSTOMER, passwords.hash(password));
    screening.signedUp(screened, user.id());
    organisations.createPersonal(user.id(), user.displayName());
    sendVerification(user.id(), user.email(), user.displayName(), portalUrl);
    audit.record(
        checkedEmail,
        "account.registered",
        "user " + user.id(),
        screened.held() ? "held for fraud review" : null);
    return user.id();
  }

  /** Sends a fresh link and code (the old ones stop working); silent for unknown addresses. */
  public void resendVerification(String email, String portalUrl) {
    find(email)
        .filter(u -> !u.emailVerified())
        .ifPresent(u -> sendVerification(u.id(), u.email(), u.displayName(), portalUrl));
  }

  public boolean verifyByToken(String token) {
    return tokens.redeemToken(Purpose.VERIFY_EMAIL, token).map(this::markVerified).orElse(false);
  }

  public boolean verifyByCode(String email, String code) {
    Optional<User> user = find(email);
    if (user.isEmpty()) {
      return false;
    }
    return tokens
        .redeemCode(Purpose.VERIFY_EMAIL, user.get().id(), code)
        .map(this::markVerified)
        .orElse(false);
  }

  private boolean markVerified(long userId) {
    User user = users.find(userId).orElseThrow();
    user.verifyEmail(clock.now());
    audit.record(user.email(), "email.verified", "user " + userId, null);
    return true;
  }

  private void sendVerification(long userId, String email, String name, String portalUrl) {
    Issued issued = tokens.issue(userId, Purpose.VERIFY_EMAIL, VERIFICATION_VALID_FOR, true);
    outbox.send(
        MessageType.EMAIL_VERIFICATION,
        email,
        Map.of(
            "name",
            name,
            "link",
            portalUrl + "/verify.xhtml?token=" + issued.token(),
            "code",
            issued.code(),
            "validHours",
            VERIFICATION_VALID_FOR.toHours()));
  }

  private Optional<User> find(String email) {
    return UserLookup.byEmail(users, email);
  }
}
