package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.MaintenanceBypass;
import io.brandcloud.platform.domain.MaintenanceRepository;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Maintenance mode of the scope the caller works in: a tenant's admins (settings permission) switch
 * their portal, operators the whole platform. Each scope has named bypass links, shown once.
 */
@Stateless
public class Maintenance {

  static final Duration LONGEST_BYPASS = Duration.ofDays(7);
  static final Duration LONGEST_WINDOW = Duration.ofDays(30);

  @Inject MaintenanceRepository repository;
  @EJB MaintenanceGate gate;
  @Inject ApplicationClock clock;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject AuditLog audit;

  /** A bypass link's token, shown once, and the bypass it belongs to. */
  public record CreatedBypass(MaintenanceBypass bypass, String token) {}

  public Optional<MaintenanceWindow> window() {
    return repository.window(scope());
  }

  /** Switches maintenance on (or changes its message and end) for the caller's scope. */
  public MaintenanceWindow start(String message, Instant endsAt) {
    Long scope = scope();
    requireNoMove(scope);
    Instant now = clock.now();
    if (endsAt != null && (!endsAt.isAfter(now) || endsAt.isAfter(now.plus(LONGEST_WINDOW)))) {
      throw BrandcloudException.invalid(
          "endsAt", "endsAt is a moment in the next " + LONGEST_WINDOW.toDays() + " days");
    }
    MaintenanceWindow window =
        new MaintenanceWindow(
            scope,
            Validation.optionalLines("message", message, 500),
            endsAt,
            CurrentCaller.require().name(),
            now);
    repository.open(window);
    AfterCommit.run(transactions, gate::forget);
    audit.record(
        null, "maintenance.started", scopeName(scope), endsAt == null ? null : "until " + endsAt);
    return window;
  }

  public void end() {
    Long scope = scope();
    requireNoMove(scope);
    repository.close(scope);
    AfterCommit.run(transactions, gate::forget);
    audit.record(null, "maintenance.ended", scopeName(scope), null);
  }

  public CreatedBypass createBypass(String name, Integer validHours) {
    Long scope = scope();
    String checkedName = Validation.requireText("name", name, 120);
    int hours = validHours == null ? 24 : validHours;
    if (hours < 1 || hours > LONGEST_BYPASS.toHours()) {
      throw BrandcloudException.invalid(
          "validHours", "validHours is between 1 and " + LONGEST_BYPASS.toHours());
    }
    String token = "bcm_" + SecretTokens.random();
    Instant now = clock.now();
    Instant expiresAt = now.plus(Duration.ofHours(hours));
    String by = CurrentCaller.require().name();
    long id =
        repository.addBypass(scope, checkedName, SecretTokens.sha256(token), expiresAt, by, now);
    audit.record(null, "maintenance.bypass_created", scopeName(scope), checkedName);
    return new CreatedBypass(
        new MaintenanceBypass(id, scope, checkedName, expiresAt, by, now), token);
  }

  public List<MaintenanceBypass> bypasses() {
    return repository.bypasses(scope(), clock.now());
  }

  public void removeBypass(long bypassId) {
    Long scope = scope();
    if (!repository.removeBypass(scope, bypassId)) {
      throw BrandcloudException.notFound("Bypass " + bypassId);
    }
    audit.record(null, "maintenance.bypass_removed", scopeName(scope), "bypass " + bypassId);
  }

  /** The window of a tenant's move is the move's to end. */
  private void requireNoMove(Long scope) {
    if (scope != null && repository.window(scope).filter(MaintenanceWindow::forMove).isPresent()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The portal is being moved to another database server");
    }
  }

  /** The current tenant for its staff; the platform, null, for operators outside any tenant. */
  private static Long scope() {
    Optional<TenantContext> tenant = CurrentTenant.get();
    if (tenant.isPresent()) {
      CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
      return tenant.get().tenantId();
    }
    CurrentCaller.requirePrivileged();
    return null;
  }

  private static String scopeName(Long scope) {
    return scope == null ? "platform" : "tenant " + scope;
  }
}
