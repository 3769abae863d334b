package io.brandcloud.web.security;

import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.ApiKeys;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.KeyHolder;
import io.brandcloud.identity.application.LoginOutcome;
import io.brandcloud.identity.application.LoginSessions;
import io.brandcloud.identity.application.Logins;
import io.brandcloud.identity.application.RecentCredentials;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.platform.application.PlatformOperators;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an e-mail address and password against the realm of the request: platform operators or one
 * tenant. A locked or unverified tenant account is a {@link BrandcloudException} that says why.
 */
@ApplicationScoped
public class Credentials {

  public static final String OPERATOR_GROUP = "platform-operator";
  public static final Duration ABSOLUTE_SESSION_LIMIT = LoginSessions.ABSOLUTE_LIMIT;

  private static final DateTimeFormatter LOCK_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @EJB Logins logins;
  @Inject ApplicationClock clock;
  @EJB PlatformOperators operators;
  @EJB ApiKeys keys;
  @EJB UserAccounts accounts;
  @Inject RecentCredentials recent;

  /** A login by password may use every scope its role allows. */
  public SessionLogin passwordLogin(AuthenticatedUser user) {
    return new SessionLogin(
        user.id(),
        user.email(),
        user.displayName(),
        user.role().groups(),
        wireNames(Scope.allowedFor(user.role())),
        null,
        clock.now(),
        false,
        null,
        null,
        null);
  }

  /** The same login as of now, e.g. to keep the session in which its owner changed the password. */
  public SessionLogin renewed(SessionLogin login) {
    return new SessionLogin(
        login.userId(),
        login.name(),
        login.displayName(),
        login.groups(),
        login.scopes(),
        login.apiKeyId(),
        clock.now(),
        login.secondFactor(),
        login.impersonator(),
        login.keyOrganisationId(),
        login.sessionId());
  }

  public Optional<SessionLogin> bearer(Edge edge, String token) {
    if (edge.tenant().isEmpty()) {
      return Optional.empty();
    }
    long tenantId = edge.tenant().get().tenantId();
    String digest = SecretTokens.sha256(token == null ? "" : token.strip());
    long epoch = recent.epoch();
    return recent
        .key(tenantId, digest, clock.now())
        .or(
            () -> {
              Optional<KeyHolder> found =
                  CurrentTenant.supplyAs(edge.tenant().get(), () -> keys.authenticate(token));
              found.ifPresent(holder -> recent.rememberKey(tenantId, digest, holder, epoch));
              return found;
            })
        .map(
            holder ->
                new SessionLogin(
                    holder.user().id(),
                    holder.user().email(),
                    holder.user().displayName(),
                    holder.user().role().groups(),
                    wireNames(holder.scopes()),
                    holder.keyId(),
                    clock.now(),
                    false,
                    null,
                    holder.organisationId(),
                    null));
  }

  private static Set<String> wireNames(Set<Scope> scopes) {
    return scopes.stream().map(Scope::wireName).collect(Collectors.toUnmodifiableSet());
  }

  /** What a password check came to. */
  public sealed interface PasswordCheck {}

  /** Logged in. */
  public record Granted(SessionLogin login) implements PasswordCheck {}

  /** Right password; a code from the authenticator app must follow. */
  public record SecondFactorNeeded(long userId) implements PasswordCheck {}

  /** Right one-time password: the user must choose their own before anything else. */
  public record PasswordChangeNeeded(long userId) implements PasswordCheck {}

  /** Wrong address or password. */
  public record Denied() implements PasswordCheck {}

  /** For HTTP Basic, which cannot ask for a second factor. */
  public Optional<SessionLogin> check(Edge edge, String email, String password) {
    PasswordCheck check = checkPassword(edge, email, password, false);
    if (check instanceof SecondFactorNeeded) {
      throw new BrandcloudException(ErrorCode.TWO_FACTOR_REQUIRED);
    }
    if (check instanceof PasswordChangeNeeded) {
      throw new BrandcloudException(ErrorCode.PASSWORD_CHANGE_REQUIRED);
    }
    return check instanceof Granted granted ? Optional.of(granted.login()) : Optional.empty();
  }

  /**
   * The first step of a login form. A locked or unverified account is a {@link BrandcloudException}
   * that says why.
   */
  public PasswordCheck checkPassword(Edge edge, String email, String password) {
    return checkPassword(edge, email, password, true);
  }

  /**
   * @param interactive a login form (a success is a login event), or an API call's HTTP Basic
   *     password (only failures are)
   */
  private PasswordCheck checkPassword(
      Edge edge, String email, String password, boolean interactive) {
    if (edge.tenant().isEmpty()) {
      return (interactive
              ? operators.authenticate(email, password)
              : operators.authenticateApiCall(email, password))
          .<PasswordCheck>map(
              e ->
                  new Granted(
                      new SessionLogin(
                          0,
                          e,
                          "Platform operator",
                          Set.of(OPERATOR_GROUP),
                          Set.of(),
                          null,
                          clock.now(),
                          false,
                          null,
                          null,
                          null)))
          .orElseGet(Denied::new);
    }
    LoginOutcome outcome =
        CurrentTenant.supplyAs(
            edge.tenant().get(),
            () ->
                interactive ? logins.attempt(email, password) : logins.apiAttempt(email, password));
    if (outcome instanceof LoginOutcome.SecondFactorRequired needed) {
      return new SecondFactorNeeded(needed.user().id());
    }
    if (outcome instanceof LoginOutcome.PasswordChangeRequired required) {
      return new PasswordChangeNeeded(required.user().id());
    }
    return conclude(outcome).<PasswordCheck>map(Granted::new).orElseGet(Denied::new);
  }

  /** The second step: a TOTP or recovery code for a user whose password was right. */
  public Optional<SessionLogin> secondFactor(Edge edge, long userId, String code) {
    LoginOutcome outcome =
        CurrentTenant.supplyAs(
            edge.tenant().orElseThrow(), () -> logins.secondFactor(userId, code));
    return conclude(outcome).map(SessionLogin::withSecondFactor);
  }

  /** A login form accepted a one-time password: it is spent, and its page asks for a new one. */
  public void spendOneTimePassword(Edge edge, long userId) {
    CurrentTenant.runAs(edge.tenant().orElseThrow(), () -> accounts.spendOneTimePassword(userId));
  }

  /** The step after a one-time password: the user's own password, and with it the login. */
  public SessionLogin replaceOneTimePassword(
      Edge edge, long userId, String newPassword, java.time.Instant begunAt) {
    AuthenticatedUser user =
        CurrentTenant.supplyAs(
            edge.tenant().orElseThrow(),
            () -> accounts.replaceOneTimePassword(userId, newPassword, begunAt));
    return passwordLogin(user);
  }

  /** The API's way from a one-time password to the user's own: one call, no session. */
  public void chooseOwnPassword(
      Edge edge, String email, String oneTimePassword, String newPassword) {
    LoginOutcome outcome =
        CurrentTenant.supplyAs(
            edge.tenant().orElseThrow(),
            () -> logins.chooseOwnPassword(email, oneTimePassword, newPassword));
    if (conclude(outcome).isEmpty()) {
      throw new BrandcloudException(ErrorCode.INVALID_CREDENTIALS);
    }
  }

  private Optional<SessionLogin> conclude(LoginOutcome outcome) {
    if (outcome instanceof LoginOutcome.Success success) {
      return Optional.of(passwordLogin(success.user()));
    }
    if (outcome instanceof LoginOutcome.Locked locked) {
      long seconds = Math.max(1, Duration.between(clock.now(), locked.until()).toSeconds());
      throw new BrandcloudException(
          ErrorCode.ACCOUNT_LOCKED,
          Map.of(
              "retryAfter",
              locked.until().toString(),
              BrandcloudException.RETRY_AFTER_SECONDS,
              seconds),
          LOCK_TIME.format(locked.until()));
    }
    if (outcome instanceof LoginOutcome.Disabled) {
      throw new BrandcloudException(ErrorCode.ACCOUNT_DISABLED);
    }
    if (outcome instanceof LoginOutcome.Unverified unverified) {
      throw new BrandcloudException(ErrorCode.EMAIL_UNVERIFIED, unverified.email());
    }
    return Optional.empty();
  }

  /**
   * Whether a session login still counts: none lives longer than {@link #ABSOLUTE_SESSION_LIMIT}
   * however busy it is, a password change or reset ends older sessions, and its owner may end it
   * from another.
   */
  public boolean stillValid(Edge edge, SessionLogin login) {
    if (login.loggedInAt().isBefore(clock.now().minus(ABSOLUTE_SESSION_LIMIT))) {
      return false;
    }
    if (edge.tenant().isEmpty()) {
      return true;
    }
    long tenantId = edge.tenant().get().tenantId();
    long epoch = recent.epoch();
    RecentCredentials.SessionState state =
        recent
            .session(tenantId, login.userId())
            .orElseGet(
                () -> {
                  RecentCredentials.SessionState loaded =
                      CurrentTenant.supplyAs(
                          edge.tenant().get(), () -> logins.sessionState(login.userId()));
                  recent.rememberSession(tenantId, login.userId(), loaded, epoch);
                  return loaded;
                });
    return state.admits(login.loggedInAt(), login.sessionId());
  }
}
