package io.brandcloud.identity.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.domain.LoginSessionRepository;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.platform.domain.TenantAdmins;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The accounts of the current tenant. Every method works in the tenant of the calling thread. */
@Stateless
public class UserAccounts {

  /** How long a password handed to new staff opens their account, if they never use it. */
  public static final java.time.Duration ONE_TIME_PASSWORD_LIFE = java.time.Duration.ofHours(24);

  @Inject UserRepository users;
  @Inject LoginSessionRepository loginSessions;
  @Inject PasswordHasher passwords;
  @Inject ApplicationClock clock;
  @Inject Organisations organisations;
  @Inject io.brandcloud.audit.AuditLog audit;
  @Inject RecentCredentials recent;

  /**
   * Creates a customer with a personal organisation and its empty wallet in the tenant currency.
   */
  public AuthenticatedUser signUp(String email, String displayName, String password) {
    String checkedEmail = Validation.requireEmail("email", email);
    String name = Validation.requireText("name", displayName, 120);
    Validation.requirePassword("password", password);
    User user = create(checkedEmail, name, Role.CUSTOMER, passwords.hash(password));
    organisations.createPersonal(user.id(), user.displayName());
    return view(user);
  }

  /**
   * Adds a reseller staff member (admin, billing or support) and returns the one-time password to
   * show once to whoever hands it over.
   */
  public String createStaff(String email, String displayName, Role role, String actor) {
    CurrentCaller.requireStaff(StaffPermission.STAFF_MANAGE);
    if (role == null || !role.isStaff()) {
      throw BrandcloudException.invalid("role", "Staff are tenant-admin, billing or support");
    }
    String password = passwords.oneTimePassword();
    User user =
        create(
            Validation.requireEmail("email", email),
            Validation.requireText("name", displayName, 120),
            role,
            passwords.hash(password));
    handOver(user);
    audit.record(actor, "staff.created", "user " + user.id(), user.email() + " as " + role.group());
    return password;
  }

  public List<AuthenticatedUser> staff() {
    CurrentCaller.requireStaff(StaffPermission.STAFF_MANAGE);
    return users.staff().stream().map(UserAccounts::view).toList();
  }

  /**
   * Gives a staff member another staff role. Their sessions end, so they log in again with what the
   * new role allows; nobody changes their own role, and the last admin stays an admin.
   */
  public AuthenticatedUser changeStaffRole(long userId, Role role, String actor) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.STAFF_MANAGE);
    if (role == null || !role.isStaff()) {
      throw BrandcloudException.invalid("role", "Staff are tenant-admin, billing or support");
    }
    User user = requireStaffMember(userId);
    requireNotSelf(caller, user, "change your own role");
    if (user.role() == Role.TENANT_ADMIN && role != Role.TENANT_ADMIN) {
      requireAnotherAdmin();
    }
    Role before = user.role();
    user.changeStaffRole(role);
    user.endSessions(clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
    audit.record(
        actor,
        "staff.role_changed",
        "user " + userId,
        user.email() + ": " + before.group() + " to " + role.group());
    return view(user);
  }

  /**
   * Removes a staff member: they cannot log in any more, their sessions and API keys end at once.
   * Nobody removes themselves, and the last admin stays.
   */
  public void removeStaff(long userId, String actor) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.STAFF_MANAGE);
    User user = requireStaffMember(userId);
    requireNotSelf(caller, user, "remove yourself");
    if (user.role() == Role.TENANT_ADMIN) {
      requireAnotherAdmin();
    }
    String email = user.email();
    users.removeStaff(user);
    recent.forgetUser(CurrentTenant.require().tenantId(), userId);
    audit.record(actor, "staff.removed", "user " + userId, email);
  }

  private User requireStaffMember(long userId) {
    return users
        .findForUpdate(userId)
        .filter(u -> u.role().isStaff())
        .orElseThrow(() -> BrandcloudException.notFound("Staff member " + userId));
  }

  private static void requireNotSelf(Caller caller, User user, String what) {
    if (java.util.Objects.equals(caller.userId(), user.id())) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "You cannot " + what);
    }
  }

  private void requireAnotherAdmin() {
    if (users.admins() <= 1) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The portal needs at least one admin");
    }
  }

  /** Creates a reseller administrator and returns the one-time password to show once. */
  public String createAdmin(String email, String displayName) {
    String password = passwords.oneTimePassword();
    User admin =
        create(
            Validation.requireEmail("adminEmail", email),
            Validation.requireText("adminName", displayName, 120),
            Role.TENANT_ADMIN,
            passwords.hash(password));
    handOver(admin);
    return password;
  }

  /**
   * For the platform's operator: a new one-time password for the tenant's first admin, who lost the
   * one shown at creation before choosing a password of their own. Once they chose one it is
   * refused (they reset it from the login page), so this opens no account its owner holds; the row
   * is locked, so a password chosen at the same moment is not undone. The old one-time password
   * opens nothing, and neither does a login with it that waits for the new password.
   */
  public TenantAdmins.HandedOver reissueAdminPassword() {
    User admin =
        users.staff().stream()
            .filter(u -> u.role() == Role.TENANT_ADMIN)
            .min(Comparator.comparing(User::id))
            .orElseThrow(() -> BrandcloudException.notFound("The tenant's first admin"));
    users.refreshForUpdate(admin);
    if (!admin.passwordChangeRequired()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The first admin of this tenant has chosen a password; a forgotten one is reset from"
              + " the portal's login page");
    }
    String password = passwords.oneTimePassword();
    Instant now = clock.now();
    admin.handOverPassword(passwords.hash(password), now.plus(ONE_TIME_PASSWORD_LIFE));
    admin.endSessions(now);
    recent.forgetUser(CurrentTenant.require().tenantId(), admin.id());
    audit.record(
        "platform operator",
        "staff.one-time-password-reissued",
        "user " + admin.id(),
        admin.email());
    return new TenantAdmins.HandedOver(admin.email(), password);
  }

  private void handOver(User user) {
    user.handOverPassword(clock.now().plus(ONE_TIME_PASSWORD_LIFE));
  }

  /**
   * A login with a one-time password has begun (the page that asks for a new one is open): the
   * one-time password opens nothing any more.
   */
  public void spendOneTimePassword(long userId) {
    users.find(userId).ifPresent(user -> user.spendOneTimePassword(clock.now()));
  }

  /**
   * The holder of a one-time password, who has just used it to log in, chooses their own password.
   * Refused for every account that does not owe a new password, so it is no way around the current
   * one.
   */
  public AuthenticatedUser replaceOneTimePassword(long userId, String newPassword) {
    return replaceOneTimePassword(userId, newPassword, null);
  }

  /**
   * As above, for a login that began at {@code begunAt} and waited for the new password: refused
   * when the one-time password it used was replaced since.
   */
  public AuthenticatedUser replaceOneTimePassword(
      long userId, String newPassword, Instant begunAt) {
    Validation.requirePassword("newPassword", newPassword);
    User user =
        users.find(userId).orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID));
    // Read again under a row lock (the login that led here read it unlocked): of two logins with
    // the same one-time password, only the first chooses.
    users.refreshForUpdate(user);
    if (!user.passwordChangeRequired()
        || begunAt != null
            && user.sessionsValidAfter() != null
            && begunAt.isBefore(user.sessionsValidAfter())) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    if (passwords.matches(newPassword, user.passwordHash())) {
      throw BrandcloudException.invalid("newPassword", "Choose a password of your own");
    }
    user.changePasswordHash(passwords.hash(newPassword));
    user.endSessions(clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
    audit.record(user.email(), "password.chosen", "user " + userId, "replaced a one-time password");
    return view(user);
  }

  /** Creates an account with a chosen password; used to seed demo tenants. */
  public AuthenticatedUser createWithPassword(
      String email, String displayName, Role role, String password) {
    User user =
        create(
            Validation.requireEmail("email", email), displayName, role, passwords.hash(password));
    if (role == Role.CUSTOMER) {
      organisations.createPersonal(user.id(), user.displayName());
    }
    return view(user);
  }

  /**
   * A user changes their own password: the current one must be right, and every other session of
   * theirs ends.
   */
  public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
    User user =
        users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    if (!passwords.matches(currentPassword, user.passwordHash())) {
      throw BrandcloudException.invalid("currentPassword", "The current password is wrong");
    }
    Validation.requirePassword("newPassword", newPassword);
    user.changePasswordHash(passwords.hash(newPassword));
    user.endSessions(clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
    audit.record(user.email(), "password.changed", "user " + userId, null);
  }

  /** The languages the portal speaks, which a user may choose over their browser's. */
  public static final List<String> PORTAL_LANGUAGES = List.of("en", "de");

  /** Chooses the user's portal language; null or empty lets the browser choose again. */
  public void chooseLanguage(long userId, String language) {
    String chosen = language == null || language.isBlank() ? null : language.strip();
    if (chosen != null && !PORTAL_LANGUAGES.contains(chosen)) {
      throw BrandcloudException.invalid(
          "language", "language is one of " + String.join(", ", PORTAL_LANGUAGES) + " or null");
    }
    users
        .find(userId)
        .orElseThrow(() -> BrandcloudException.notFound("User " + userId))
        .chooseLanguage(chosen);
  }

  /** The portal language the user chose, if any. */
  public Optional<String> languageOf(long userId) {
    return users.find(userId).flatMap(User::language);
  }

  /** Ends every session of the user, everywhere. */
  public void endAllSessions(long userId) {
    User user =
        users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    Instant now = clock.now();
    user.endSessions(now);
    loginSessions.endAll(userId, now);
    recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
    audit.record(user.email(), "sessions.ended", "user " + userId, null);
  }

  /** Sets a new password; the caller has checked who may do this. */
  public void changePassword(String email, String newPassword) {
    Validation.requirePassword("password", newPassword);
    User user =
        findByEmail(email).orElseThrow(() -> BrandcloudException.notFound("Account " + email));
    user.changePasswordHash(passwords.hash(newPassword));
  }

  public Optional<AuthenticatedUser> find(long userId) {
    return users.find(userId).map(UserAccounts::view);
  }

  /** The account with this address, for Brandcloud's own jobs (seeding) and operators. */
  public Optional<AuthenticatedUser> withEmail(String email) {
    CurrentCaller.requirePrivileged();
    return UserLookup.byEmail(users, email).map(UserAccounts::view);
  }

  /**
   * A customer of this tenant, or "not found" — also for ids that belong to staff or to another
   * tenant.
   */
  public AuthenticatedUser requireCustomer(long customerId) {
    return find(customerId)
        .filter(u -> u.role() == Role.CUSTOMER)
        .orElseThrow(() -> BrandcloudException.notFound("Customer " + customerId));
  }

  /** Accounts made by staff, seeding or tests count as verified: someone vouched for them. */
  private User create(String email, String name, Role role, String hash) {
    User user = persist(email, name, role, hash);
    user.verifyEmail(clock.now());
    return user;
  }

  /** An account whose owner still has to confirm the e-mail address (self-registration). */
  public AuthenticatedUser createUnverified(String email, String name, Role role, String hash) {
    return view(persist(email, name, role, hash));
  }

  private User persist(String email, String name, Role role, String hash) {
    if (findByEmail(email).isPresent()) {
      throw new BrandcloudException(ErrorCode.EMAIL_TAKEN, email);
    }
    User user = new User(email, name, role, hash, clock.now());
    users.add(user);
    return user;
  }

  private Optional<User> findByEmail(String email) {
    return UserLookup.byEmail(users, email);
  }

  static AuthenticatedUser view(User user) {
    return new AuthenticatedUser(user.id(), user.email(), user.displayName(), user.role());
  }
}
