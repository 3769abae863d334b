package io.brandcloud.provisioning.actions.domain;

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

  /** Queues an action and returns its id. */
  long add(ServerActionRequest request);

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

  /** The provider accepted the work under {@code handle}; the worker asks about it from now on. */
  void accepted(long actionId, String handle);

  void progressed(long actionId, Integer percent);

  /** Keeps the root password the provider set until the server's owner reads it once. */
  void keepPassword(long actionId, byte[] sealedPassword);

  /** What the provider said the customer should know, kept for when the action is done. */
  void note(long actionId, String note);

  /** Ends the action; a null {@code note} keeps one noted earlier. */
  void finish(long actionId, ServerActionStatus outcome, String error, String note);

  /** Ends every action of the server that was not started yet as failed, with {@code note}. */
  int cancelRequested(long serverId, String note);

  boolean hasRequested(long serverId);

  boolean hasUnfinished();

  /** How many actions the server has not finished yet. */
  int unfinishedOf(long serverId);

  /** How many actions people (not the system) asked of the server in the last {@code window}. */
  int askedWithin(long serverId, Duration window);

  /** When a worker has something to do next: a requested action's time or a claim's end. */
  Optional<Instant> nextDue();

  /** A server's actions, newest first. */
  Page<ServerActionView> ofServer(long serverId, PageRequest page);

  Optional<ServerActionView> find(long serverId, long actionId);

  /** The action's sealed root password, removed as it is read: it is shown once. */
  Optional<byte[]> takePassword(long serverId, long actionId);
}
