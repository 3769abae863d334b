package io.brandcloud.provisioning.domain;

/** What a server action asks of the provider. */
public enum ServerActionType {
  /** Build the server, then watch the build until it runs or fails. */
  CREATE,
  /** Stop it for an unpaid balance, keeping its disk. */
  SUSPEND,
  /** Start a suspended server again. */
  UNSUSPEND,
  /** Delete it and its disk. */
  DELETE
}
