package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionView;
import java.time.Instant;
import java.util.Locale;

/**
 * A server action on the wire: its type and parameter, status (requested, running, succeeded,
 * failed) with progress in percent, who asked and why, attempts, the last error, what the provider
 * said, and whether a root password waits to be read once.
 */
public record ApiServerAction(
    long id,
    String type,
    String parameter,
    String status,
    Integer progress,
    String requestedBy,
    String reason,
    int attempts,
    String lastError,
    String outcome,
    boolean passwordWaiting,
    Instant requestedAt,
    Instant finishedAt) {

  static ApiServerAction of(ServerActionView a) {
    return new ApiServerAction(
        a.id(),
        a.action().toLowerCase(Locale.ROOT),
        a.parameter(),
        a.status().toLowerCase(Locale.ROOT),
        a.progress(),
        a.requestedBy(),
        a.reason(),
        a.attempts(),
        a.lastError(),
        a.outcome(),
        a.passwordWaiting(),
        a.requestedAt(),
        a.finishedAt());
  }
}
