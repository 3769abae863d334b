package io.brandcloud.platform.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.OperatorRepository;
import io.brandcloud.platform.domain.PlatformOperator;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The people who administer the installation; they live in the platform schema only. */
@Stateless
public class PlatformOperators {

  private static final Logger LOG = Logger.getLogger(PlatformOperators.class);

  @Inject OperatorRepository operators;
  @Inject AuditLog audit;
  @Inject PasswordHasher passwords;
  @Inject ApplicationClock clock;

  /**
   * Makes sure the installation has an operator. The first one comes from the environment, or gets
   * a one-time password printed to the server log once.
   */
  public void ensureFirstOperator(String email, String configuredPassword) {
    if (operators.count() > 0) {
      return;
    }
    String checkedEmail = Validation.requireEmail("email", email);
    boolean generated = configuredPassword == null || configuredPassword.isBlank();
    String password = generated ? passwords.oneTimePassword() : configuredPassword;
    operators.add(
        new PlatformOperator(
            checkedEmail, "Platform operator", passwords.hash(password), clock.now()));
    if (generated) {
      // never in a log line, which log shippers carry elsewhere: in a file only the server reads
      Path file = OperatorPasswordFile.write(password);
      LOG.warnf(
          "First platform operator created: %s; the generated password is in %s",
          checkedEmail, file);
    } else {
      LOG.infof("First platform operator created: %s", checkedEmail);
    }
  }

  public Optional<String> authenticate(String email, String password) {
    return authenticate(email, password, true);
  }

  /** An API call's password: a failure is audited, a success is no login event. */
  public Optional<String> authenticateApiCall(String email, String password) {
    return authenticate(email, password, false);
  }

  private Optional<String> authenticate(String email, String password, boolean auditSuccess) {
    if (email == null || password == null) {
      return Optional.empty();
    }
    String normalised = email.strip().toLowerCase(Locale.ROOT);
    Optional<String> operator =
        operators
            .byEmail(normalised)
            .filter(o -> passwords.matches(password, o.passwordHash()))
            .map(PlatformOperator::email);
    if (operator.isEmpty() || auditSuccess) {
      audit.record(
          operator.isPresent() || Validation.looksLikeEmail(normalised)
              ? normalised
              : "(not an e-mail address)",
          operator.isPresent() ? "login.success" : "login.failure",
          null,
          null);
    }
    return operator;
  }
}
