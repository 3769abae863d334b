package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a service works for, built once by the edge (REST and Faces alike) or by the job that runs
 * it, and carried with the tenant into services, outbox handlers and batch partitions. Immutable.
 *
 * @param name the e-mail address of a user, or the name of a job
 * @param userId the user's id; null for operators and jobs
 * @param role the user's role in the tenant; null for operators and jobs
 * @param scopes what an API key may do; a password login may do everything its role allows
 * @param secondFactor whether the login passed a TOTP or recovery code
 * @param secondFactorRequired whether the tenant requires a second factor of its staff
 * @param impersonator the staff member acting as this user, if any
 */
public record Caller(
    Kind kind,
    String name,
    Long userId,
    Role role,
    Set<Scope> scopes,
    boolean secondFactor,
    boolean secondFactorRequired,
    String impersonator) {

  /** How the caller came to be. */
  public enum Kind {
    /** A tenant user who logged in with a password. */
    USER,
    /** A tenant user's API key. */
    API_KEY,
    /** A platform operator: may do what a tenant admin may. */
    OPERATOR,
    /** Brandcloud itself (a job, a handler, start-up): may do what its code asks. */
    SYSTEM
  }

  public Caller {
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
  }

  /** Brandcloud's own work, named for the job or handler doing it. */
  public static Caller system(String job) {
    return new Caller(Kind.SYSTEM, job, null, null, Set.of(), false, false, null);
  }

  public static Caller operator(String email) {
    return new Caller(Kind.OPERATOR, email, null, null, Set.of(), false, false, null);
  }

  /**
   * How log lines name the caller: what it is and its user id (or the operator's or job's name);
   * never an e-mail address or a key of a tenant user.
   */
  public String logName() {
    String who =
        switch (kind) {
          case USER -> "user:" + userId;
          case API_KEY -> "key:" + userId;
          case OPERATOR -> "operator:" + name;
          case SYSTEM -> "job:" + name;
        };
    return impersonator == null ? who : who + " by " + impersonator;
  }

  public boolean isSystem() {
    return kind == Kind.SYSTEM;
  }

  /** Jobs and operators, who act above a tenant's roles. */
  public boolean isPrivileged() {
    return kind == Kind.SYSTEM || kind == Kind.OPERATOR;
  }

  /** A platform operator or Brandcloud itself; anyone else is refused. */
  public Caller requirePrivileged() {
    if (!isPrivileged()) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return this;
  }

  public boolean isStaff() {
    return role != null && role.isStaff();
  }

  /** A password login may use every scope; an API key only those it was given. */
  public boolean hasScope(Scope scope) {
    return kind != Kind.API_KEY || scopes.contains(scope);
  }

  /**
   * Reseller staff whose role allows {@code permission}: an API key needs {@code admin:*}, a
   * password login a second factor where the tenant requires one. Jobs and operators pass.
   */
  public Caller requireStaff(StaffPermission permission) {
    Optional<BrandcloudException> refusal = refusalAsStaff().or(() -> refusedByRole(permission));
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return this;
  }

  /**
   * Staff (or an operator or job), whatever their role: an API key with {@code admin:*}, a password
   * login with a second factor where the tenant requires it. What the role allows is the service's
   * to ask.
   */
  public Caller requireStaff() {
    Optional<BrandcloudException> refusal = refusalAsStaff();
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return this;
  }

  /**
   * A customer's API key needs the scope that covers {@code permission}, and a password login for
   * what no scope covers (members, keys, settings); a password login passes.
   */
  public Caller requireScopeFor(Permission permission) {
    if (kind != Kind.API_KEY) {
      return this;
    }
    Scope needed =
        permission
            .scope()
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.INTERACTIVE_LOGIN_REQUIRED, permission.wireName()));
    if (!scopes.contains(needed)) {
      throw new BrandcloudException(ErrorCode.INSUFFICIENT_SCOPE, needed.wireName());
    }
    return this;
  }

  /**
   * Whether {@link #requireStaff} lets this caller through, for pages that hide what it would not.
   */
  public boolean mayStaff(StaffPermission permission) {
    return refusalAsStaff().or(() -> refusedByRole(permission)).isEmpty();
  }

  private Optional<BrandcloudException> refusedByRole(StaffPermission permission) {
    return isPrivileged() || role.may(permission)
        ? Optional.empty()
        : Optional.of(new BrandcloudException(ErrorCode.FORBIDDEN));
  }

  private Optional<BrandcloudException> refusalAsStaff() {
    if (isPrivileged()) {
      return Optional.empty();
    }
    if (!isStaff()) {
      return Optional.of(new BrandcloudException(ErrorCode.FORBIDDEN));
    }
    if (!hasScope(Scope.ADMIN)) {
      return Optional.of(
          new BrandcloudException(ErrorCode.INSUFFICIENT_SCOPE, Scope.ADMIN.wireName()));
    }
    if (kind == Kind.USER && secondFactorRequired && !secondFactor) {
      return Optional.of(new BrandcloudException(ErrorCode.TWO_FACTOR_SETUP_REQUIRED));
    }
    return Optional.empty();
  }
}
