package io.brandcloud.support.discord.application;

import io.brandcloud.access.Caller;
import io.brandcloud.outbox.DueRounds;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.support.discord.domain.DiscordApi;
import io.brandcloud.support.discord.domain.DiscordException;
import io.brandcloud.support.discord.domain.DiscordRepository.QueuedPost;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sends the posts queued for tenants' Discord channels: claimed in a short transaction, posted with
 * no transaction open, each result written in another. A tenant's posts go in the order they were
 * written; a tenant whose round fails waits a minute and holds up no other. Runs right after a post
 * is queued and every second for retries.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DiscordPoster {

  private static final Caller SYSTEM = Caller.system("discord-posts");
  private static final int TENANTS_PER_ROUND = 50;

  @EJB WorkDue due;
  @EJB DiscordPostSteps work;
  @Inject DiscordApi discord;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  private final CoalescedRuns rounds = new CoalescedRuns("posting to Discord", this::round);

  @PreDestroy
  void stop() {
    rounds.stop();
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    nudge();
  }

  /** Asks for a round soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    rounds.ask(executor);
  }

  private boolean round() {
    return DueRounds.run(
        due,
        tenants,
        DiscordPostSteps.QUEUE,
        TENANTS_PER_ROUND,
        SYSTEM,
        this::postFor,
        flag -> work.postpone(flag.version()));
  }

  private boolean postFor(WorkDue.Flag flag) {
    Optional<DiscordPostSteps.Claimed> claimed = work.claim(flag.version());
    if (claimed.isEmpty()) {
      return false;
    }
    DiscordPostSteps.Claimed batch = claimed.get();
    List<QueuedPost> posts = batch.posts();
    for (int i = 0; i < posts.size(); i++) {
      QueuedPost post = posts.get(i);
      Optional<DiscordException> failure = send(batch, post);
      if (failure.isPresent()) {
        work.failed(batch.webhookId(), post, failure.get(), posts.subList(i + 1, posts.size()));
        return false;
      }
      work.posted(post);
    }
    work.batchDone();
    return false;
  }

  /** Posts one message as the request that wrote it; what Discord refused, if it did. */
  private Optional<DiscordException> send(DiscordPostSteps.Claimed batch, QueuedPost post) {
    TenantContext tenant = CurrentTenant.require();
    try {
      CurrentTenant.runAs(
          post.requestId() == null ? tenant : tenant.withRequestId(post.requestId()),
          () -> discord.post(batch.webhookId(), batch.webhookToken(), post.content()));
      return Optional.empty();
    } catch (DiscordException e) {
      return Optional.of(e);
    } catch (RuntimeException e) {
      return Optional.of(new DiscordException(Failures.describe(e), true, null));
    }
  }
}
