package io.brandcloud.support.discord.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's Discord channel, who answers from it, and the posts waiting for it. */
public interface DiscordRepository {

  Optional<DiscordChannel> current();

  Optional<DiscordChannel> currentForUpdate();

  /** Holds the channel's settings for this transaction, even before there is a channel. */
  void lockSettings();

  void add(DiscordChannel channel);

  void remove(DiscordChannel channel);

  /** The staff member a Discord account answers as, if an admin linked it. */
  Optional<Long> staffOf(String discordUserId);

  List<StaffLink> links();

  /** Links the account to the staff member, in place of any account the member had. */
  void link(String discordUserId, long userId, Instant at);

  boolean unlink(String discordUserId);

  /** A Discord account that answers as a staff member. */
  record StaffLink(String discordUserId, long userId, Instant linkedAt) {}

  /** Queues a post for the channel, once per ticket message. */
  void queuePost(long ticketMessageId, String content, String requestId, Instant at);

  /**
   * Takes up to {@code limit} due posts for {@code lease}, oldest first, so one worker sends each:
   * none while an older post waits for its retry or is being sent, so posts keep their order.
   */
  List<QueuedPost> claimPosts(int limit, Duration lease);

  /** Gives claimed posts back unsent, without counting the try, to be sent after an earlier one. */
  void releasePosts(List<QueuedPost> posts);

  /**
   * Gives up every post not sent yet, for {@code reason} (the channel was turned off, say); posts a
   * worker is sending now are left to finish.
   */
  void dropUnsentPosts(String reason);

  /** Turns the channel off, for {@code reason}, if it still posts to {@code webhookId}. */
  boolean disable(String webhookId, String reason);

  /** The posts, newest first. */
  Page<DiscordPost> posts(PageRequest page);

  /** Sends a post that was given up again, as soon as the posts before it are out. */
  boolean retryPost(long postId);

  /** Forgets sent posts and taken interactions once nobody needs them. */
  void purge();

  /** Whether posts wait, and when the next is due. */
  Optional<Instant> nextPostDue();

  /** Marks the post sent, if this attempt still holds it. */
  void posted(QueuedPost post, Instant at);

  /**
   * Notes a failed attempt: tried again after {@code retryIn}, or given up when that is null; an
   * attempt that is not {@code counted} (a rate limit) does not bring the post nearer giving up.
   */
  void postFailed(QueuedPost post, String error, Duration retryIn, boolean counted);

  /** Shows the error on the channel's settings until they change or a post gets through. */
  void postError(String error);

  /** A post as the worker claimed it: its attempt tells a stale worker from the current one. */
  record QueuedPost(long id, String content, int attempt, String requestId) {}

  /**
   * Notes that the interaction was taken; false when it was taken before, so a signed interaction
   * sent twice answers a ticket once.
   */
  boolean firstInteraction(String interactionId, String discordUserId, Instant at);
}
