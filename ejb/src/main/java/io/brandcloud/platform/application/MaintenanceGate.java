package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.MaintenanceRepository;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.NodeRefresh;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the edge asks of every request: is the platform or this tenant in maintenance, and does this
 * bypass token let its holder in. Open windows are read at most every {@link #FRESH} per node
 * (forgotten at once on the node that changed them), so a closed portal costs no query per request.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MaintenanceGate {

  static final Duration FRESH = NodeRefresh.INTERVAL;
  static final Duration UNKNOWN_END_RETRY = Duration.ofMinutes(5);

  @Inject MaintenanceRepository repository;
  @Inject ApplicationClock clock;

  private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

  private record Snapshot(List<MaintenanceWindow> windows, Instant readAt) {}

  /**
   * The window that closes this tenant's portal: a move of its schema first (nothing may pass
   * that), then the platform's (a tenant's bypass must not open what operators closed), else its
   * own. A window ends by itself at its end.
   */
  public Optional<MaintenanceWindow> closing(long tenantId) {
    Instant now = clock.now();
    List<MaintenanceWindow> open =
        current().windows().stream()
            .filter(w -> w.endsAt() == null || w.endsAt().isAfter(now))
            .toList();
    Optional<MaintenanceWindow> move =
        open.stream()
            .filter(w -> w.forMove() && w.tenantId() != null && w.tenantId() == tenantId)
            .findFirst();
    if (move.isPresent()) {
      return move;
    }
    Optional<MaintenanceWindow> platform =
        open.stream().filter(MaintenanceWindow::platformWide).findFirst();
    if (platform.isPresent()) {
      return platform;
    }
    return open.stream().filter(w -> w.tenantId() != null && w.tenantId() == tenantId).findFirst();
  }

  /** How long an API client should wait: until the window's end, else five minutes. */
  public long retryAfterSeconds(MaintenanceWindow window) {
    if (window.endsAt() == null) {
      return UNKNOWN_END_RETRY.toSeconds();
    }
    return Math.max(1, Duration.between(clock.now(), window.endsAt()).toSeconds());
  }

  /**
   * Whether the bypass token opens this tenant's portal: a platform bypass always, the tenant's own
   * only while the platform is not closed.
   */
  public boolean lets(String token, long tenantId, boolean platformClosed) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return false;
    }
    return repository
        .bypassScope(SecretTokens.sha256(token), clock.now())
        .map(scope -> scope.isEmpty() || !platformClosed && scope.get() == tenantId)
        .orElse(false);
  }

  /** Whether a valid bypass token is the platform's, which opens every portal. */
  public boolean platformWide(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return false;
    }
    return repository
        .bypassScope(SecretTokens.sha256(token), clock.now())
        .map(Optional::isEmpty)
        .orElse(false);
  }

  /** Reads the windows again on the next request, after this node changed them. */
  public void forget() {
    snapshot = new Snapshot(List.of(), Instant.EPOCH);
  }

  private Snapshot current() {
    Snapshot seen = snapshot;
    Instant now = clock.now();
    if (seen.readAt().plus(FRESH).isAfter(now) && !seen.readAt().isAfter(now)) {
      return seen;
    }
    Snapshot read = new Snapshot(repository.openWindows(), now);
    snapshot = read;
    return read;
  }
}
