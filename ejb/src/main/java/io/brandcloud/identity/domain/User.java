package io.brandcloud.identity.domain;

import io.brandcloud.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in to one tenant's portal, as staff or as a customer. */
@Entity
@Table(name = "users")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "sessions_valid_after")
  private Instant sessionsValidAfter;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(name = "password_expires_at")
  private Instant passwordExpiresAt;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "language")
  private String language;

  protected User() {}

  public User(String email, String displayName, Role role, String passwordHash, Instant now) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.passwordHash = passwordHash;
    this.createdAt = now;
  }

  /** A password the user chose: it neither expires nor has to be replaced. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = false;
    this.passwordExpiresAt = null;
  }

  /**
   * A password someone else handed over: it opens the account once, to choose a new one, and only
   * until {@code expiresAt}.
   */
  public void handOverPassword(Instant expiresAt) {
    this.passwordChangeRequired = true;
    this.passwordExpiresAt = expiresAt;
  }

  /** Another one-time password in place of one handed over before, which opens nothing now. */
  public void handOverPassword(String newHash, Instant expiresAt) {
    this.passwordHash = newHash;
    handOverPassword(expiresAt);
  }

  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  public boolean passwordExpiredAt(Instant now) {
    return passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
  }

  /** The one-time password has been used: it opens nothing any more. */
  public void spendOneTimePassword(Instant now) {
    if (passwordChangeRequired) {
      passwordExpiresAt = now;
    }
  }

  public void verifyEmail(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  /** Counts a wrong password and locks the account for as long as the policy says. */
  public void failedLogin(Instant now) {
    failedLogins++;
    LoginPolicy.ACCOUNT.lockFor(failedLogins).ifPresent(d -> lockedUntil = now.plus(d));
  }

  public void succeededLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void unlock() {
    succeededLogin();
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public int failedLogins() {
    return failedLogins;
  }

  /** Voids every session started before now, e.g. after a password reset. */
  public void endSessions(Instant now) {
    sessionsValidAfter = now;
  }

  public Instant sessionsValidAfter() {
    return sessionsValidAfter;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  /** The portal language the user chose; empty while the browser's choice counts. */
  public java.util.Optional<String> language() {
    return java.util.Optional.ofNullable(language);
  }

  public void chooseLanguage(String chosen) {
    this.language = chosen;
  }

  /** Staff shut the user out: no login, no API key answers, every session ends. */
  public void disable(String reason, Instant now) {
    this.disabledAt = now;
    this.disabledReason = reason;
    endSessions(now);
  }

  public void enable() {
    this.disabledAt = null;
    this.disabledReason = null;
  }

  public boolean disabled() {
    return disabledAt != null;
  }

  public java.util.Optional<String> disabledReason() {
    return java.util.Optional.ofNullable(disabledReason);
  }

  /** The name the panel calls the user by, on pages and in mail. */
  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  /** A new login address, which its owner has shown to be theirs. */
  public void changeEmail(String newEmail, Instant now) {
    this.email = newEmail;
    this.emailVerifiedAt = now;
  }

  /** Gives a staff member another staff role; a customer stays a customer. */
  public void changeStaffRole(Role newRole) {
    if (!role.isStaff() || !newRole.isStaff()) {
      throw new IllegalArgumentException("Only staff change between staff roles");
    }
    role = newRole;
  }

  public Role role() {
    return role;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
