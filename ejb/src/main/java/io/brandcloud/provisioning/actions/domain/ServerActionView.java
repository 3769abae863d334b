package io.brandcloud.provisioning.actions.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * One action at a server's provider: what (with its parameter: an image, a plan, a name), who asked
 * and why, how far it got, how it went, and whether a new root password waits to be read once.
 */
public record ServerActionView(
    long id,
    String action,
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
    Instant finishedAt)
    implements Serializable {

  public boolean unfinished() {
    return "REQUESTED".equals(status) || "RUNNING".equals(status);
  }
}
