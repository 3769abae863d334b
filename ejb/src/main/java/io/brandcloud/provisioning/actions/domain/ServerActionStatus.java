package io.brandcloud.provisioning.actions.domain;

/** Where a server action stands: waiting, held by a worker, or done one way or the other. */
public enum ServerActionStatus {
  REQUESTED,
  RUNNING,
  SUCCEEDED,
  FAILED
}
