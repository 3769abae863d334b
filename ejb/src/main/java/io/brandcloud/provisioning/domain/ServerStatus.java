package io.brandcloud.provisioning.domain;

/** A server's life cycle on our side. */
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
}
