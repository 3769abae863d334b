package io.brandcloud.support.discord.application;

import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.support.discord.domain.DiscordChannel;
import io.brandcloud.support.discord.domain.DiscordException;
import io.brandcloud.support.discord.domain.DiscordRepository;
import io.brandcloud.support.discord.domain.DiscordRepository.QueuedPost;
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
public class DiscordPostSteps {

  static final String QUEUE = "discord";
  static final int MAX_ATTEMPTS = 8;
  static final int BATCH = 5;

  /** Longer than a batch can take: five posts of at most 25 s each (connecting and answering). */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  private static final Duration AFTER_A_FAILED_ROUND = Duration.ofMinutes(1);

  @Inject DiscordRepository discord;
  @Inject ApplicationClock clock;
  @EJB WorkDue due;

  /** Due posts in order, with where they go; none while the channel is off or gone. */
  public record Claimed(String webhookId, String webhookToken, List<QueuedPost> posts) {
    @Override
    public String toString() {
      return "Claimed[webhook " + webhookId + ", " + posts.size() + " posts]";
    }
  }

  public Optional<Claimed> claim(long observedVersion) {
    Optional<DiscordChannel> found = discord.current();
    if (found.isPresent() && !found.get().enabled()) {
      discord.dropUnsentPosts("The channel was turned off");
    }
    Optional<DiscordChannel> channel = found.filter(DiscordChannel::enabled);
    List<QueuedPost> posts = channel.isEmpty() ? List.of() : discord.claimPosts(BATCH, LEASE);
    due.reschedule(
        QUEUE, observedVersion, channel.flatMap(c -> discord.nextPostDue()).orElse(null));
    discord.purge();
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

  /** After a batch: the posts behind it are due at once rather than when its lease would end. */
  public void batchDone() {
    discord.nextPostDue().ifPresent(next -> due.flag(QUEUE, Duration.ZERO));
  }

  /**
   * A post Discord did not take. The posts claimed behind it go back unsent, so order holds. A rate
   * limit waits as long as Discord says and costs no try; a webhook Discord no longer knows turns
   * the channel off; anything else is tried again with a doubling wait, at most {@value
   * #MAX_ATTEMPTS} times. The error shows on the channel's settings either way.
   */
  public void failed(
      String webhookId, QueuedPost post, DiscordException failure, List<QueuedPost> behind) {
    discord.releasePosts(behind);
    String error = failure.getMessage();
    if (failure.webhookGone()) {
      discord.postFailed(post, error, null, true);
      if (discord.disable(webhookId, error)) {
        discord.dropUnsentPosts("The channel was turned off: " + error);
      }
      return;
    }
    Optional<Duration> rateLimit = failure.retryAfter();
    boolean again =
        rateLimit.isPresent() || (failure.transientFailure() && post.attempt() < MAX_ATTEMPTS);
    Duration wait =
        rateLimit.orElse(FIRST_RETRY.multipliedBy(1L << Math.min(post.attempt() - 1, 10)));
    discord.postFailed(post, error, again ? wait : null, rateLimit.isEmpty());
    discord.postError(error);
    due.flag(QUEUE, again ? wait : Duration.ZERO);
  }

  /**
   * A round that failed before it reached Discord waits a minute, so it holds up no other tenant.
   */
  public void postpone(long observedVersion) {
    due.reschedule(QUEUE, observedVersion, clock.now().plus(AFTER_A_FAILED_ROUND));
  }
}
