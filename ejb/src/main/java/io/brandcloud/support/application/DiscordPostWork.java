package io.brandcloud.support.application;

import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.support.domain.DiscordChannel;
import io.brandcloud.support.domain.DiscordRepository;
import io.brandcloud.support.domain.DiscordRepository.QueuedPost;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Discord poster's short transactions, each its own: posts are claimed with the webhook they go
 * to, and each result is written back, while the call to Discord itself holds none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DiscordPostWork {

  static final String QUEUE = "discord";
  static final int MAX_ATTEMPTS = 8;
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

  @Inject DiscordRepository discord;
  @Inject ApplicationClock clock;
  @EJB WorkDue due;

  /** Due posts in order, with where they go; none while the channel is off or gone. */
  public record Claimed(String webhookId, String webhookToken, List<QueuedPost> posts) {}

  public Optional<Claimed> claim(long observedVersion, int limit) {
    Optional<DiscordChannel> channel = discord.current().filter(DiscordChannel::enabled);
    List<QueuedPost> posts = channel.isEmpty() ? List.of() : discord.claimPosts(limit, LEASE);
    due.reschedule(
        QUEUE, observedVersion, channel.flatMap(c -> discord.nextPostDue()).orElse(null));
    return channel
        .filter(c -> !posts.isEmpty())
        .map(
            c ->
                new Claimed(
                    c.webhook().id(),
                    TenantSecrets.open(c.webhook().tokenSealed(), DiscordRecords.WEBHOOK_PURPOSE),
                    posts));
  }

  public void posted(QueuedPost post) {
    discord.posted(post, clock.now());
  }

  /**
   * A failed post is tried again with a doubling wait (or when Discord said), at most {@value
   * #MAX_ATTEMPTS} times; the error shows on the channel's settings either way.
   */
  public void failed(QueuedPost post, String error, boolean transientFailure, Duration retryAfter) {
    boolean again = transientFailure && post.attempt() < MAX_ATTEMPTS;
    Duration wait =
        retryAfter != null
            ? retryAfter
            : FIRST_RETRY.multipliedBy(1L << Math.min(post.attempt() - 1, 10));
    discord.postFailed(post, error, again ? wait : null);
    discord.postError(error);
    due.flag(QUEUE, again ? wait : Duration.ZERO);
  }
}
