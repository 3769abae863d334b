package io.brandcloud.provisioning.servers.domain;

import java.util.EnumSet;
import java.util.Set;

/** A server's life cycle on our side, and the steps it may take. */
public enum ServerStatus {
  PENDING,
  PROVISIONING,
  RUNNING,
  STOPPED,
  SUSPENDED,
  TERMINATED,
  FAILED;

  public boolean inProgress() {
    return this == PENDING || this == PROVISIONING;
  }

  /** Whether a server in this status may move to {@code next}; a terminated one never moves. */
  public boolean mayBecome(ServerStatus next) {
    return successors().contains(next);
  }

  private Set<ServerStatus> successors() {
    return switch (this) {
      case PENDING -> EnumSet.of(PROVISIONING, FAILED, TERMINATED);
      case PROVISIONING -> EnumSet.of(RUNNING, FAILED, TERMINATED);
      case RUNNING -> EnumSet.of(STOPPED, SUSPENDED, TERMINATED);
      case STOPPED -> EnumSet.of(RUNNING, SUSPENDED, TERMINATED);
      case SUSPENDED -> EnumSet.of(RUNNING, TERMINATED);
      case FAILED -> EnumSet.of(TERMINATED);
      case TERMINATED -> EnumSet.noneOf(ServerStatus.class);
    };
  }
}
