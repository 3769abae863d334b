package io.brandcloud.provisioning.domain;

import java.util.List;

/**
 * An upstream cloud. Calls work in the current tenant, against one of its provider connections;
 * creating returns at once with the provider's id and the build finishes in the background. Calls
 * go over the network: they are made by the server action worker with no transaction open, never
 * while a row is locked.
 */
public interface CloudProvider {

  /** Which connections this implementation serves. */
  ProviderType type();

  List<ProviderPlan> plans(long connectionId);

  List<String> regions(long connectionId);

  List<String> images(long connectionId);

  /**
   * Starts building a server and returns the provider's id for it. Asking again with the same
   * {@code reference} (after a worker died mid-call) returns the same server, never a second one.
   */
  String create(long connectionId, ServerSpec spec, String reference);

  ProviderServerState state(long connectionId, String externalId);

  /** Stops the server and keeps its disk, e.g. for unpaid bills; idempotent. */
  void suspend(long connectionId, String externalId);

  /** Starts a suspended server again; idempotent. */
  void unsuspend(long connectionId, String externalId);

  /** Deletes the server and its disk for good; idempotent. */
  void delete(long connectionId, String externalId);
}
