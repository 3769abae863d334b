package io.brandcloud.provisioning.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's {@code server_actions}: work for a server's provider, run one action per
 * server at a time, oldest first, by whichever worker claims it.
 */
public interface ServerActionQueue {

  void add(
      long serverId,
      ServerActionType type,
      String idempotencyKey,
      String requestedBy,
      String reason,
      String requestId);

  /**
   * Marks up to {@code limit} due actions running for {@code claim}: requested ones whose time has
   * come, and running ones whose claim ran out because their worker died.
   */
  List<QueuedServerAction> claim(int limit, Duration claim);

  /**
   * Whether the action is still running under this attempt; locks it until the transaction ends.
   */
  boolean lockIfHeld(long actionId, int attempt);

  /** Back to requested after {@code delay}, keeping its attempts and the error that caused it. */
  void retryLater(long actionId, String error, Duration delay);

  /** Back to requested after {@code delay} as a fresh action, e.g. to look at a build again. */
  void requeue(long actionId, Duration delay);

  void finish(long actionId, ServerActionStatus outcome, String error);

  boolean hasRequested(long serverId);

  boolean hasUnfinished();

  /** When a worker has something to do next: a requested action's time or a claim's end. */
  Optional<Instant> nextDue();

  /** A server's actions, newest first. */
  Page<ServerActionView> ofServer(long serverId, PageRequest page);
}
