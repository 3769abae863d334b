package io.brandcloud.webhooks.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.outbox.DueRounds;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import io.brandcloud.webhooks.domain.WebhookCall;
import io.brandcloud.webhooks.domain.WebhookCalls;
import jakarta.annotation.PostConstruct;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends the tenants' webhook deliveries: claimed in a short transaction per tenant, posted all at
 * once with no transaction open (so a slow receiver costs a round its timeout, not every tenant
 * behind it), each result written in another. Runs when a notice says deliveries wait, when someone
 * asks for a test or a redelivery, and every second for retries; a tenant whose round fails waits a
 * minute and holds up no other.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  private static final Caller SYSTEM = Caller.system("webhooks");
  private static final int TENANTS_PER_ROUND = 50;
  private static final Duration SWEEP_AT_MOST_EVERY = Duration.ofMinutes(5);

  @EJB WorkDue due;
  @EJB WebhookSteps work;
  @Inject WebhookCalls calls;
  @Inject TenantLookup tenants;
  @EJB ActiveTenants active;
  @Inject ApplicationClock clock;
  @Resource ManagedExecutorService executor;

  private final Set<Long> heard = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean sweep = new AtomicBoolean();
  private final AtomicLong lastSweep = new AtomicLong();
  private final CoalescedRuns rounds = new CoalescedRuns("sending webhooks", this::round);

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

  @PostConstruct
  void lookEverywhereAtStart() {
    lastSweep.set(System.nanoTime() - SWEEP_AT_MOST_EVERY.toNanos());
    lookEverywhere();
  }

  /**
   * Looks for waiting deliveries in every active tenant when notices may have been missed: a
   * delivery written meanwhile would otherwise wait for the next one. At most once every five
   * minutes, since a database server that is away makes such gaps again and again; a look asked for
   * sooner happens when the five minutes are up.
   */
  public void lookEverywhere() {
    sweep.set(true);
    nudge();
  }

  /** A tenant that may have deliveries waiting which no flag announces yet. */
  public void heardOf(long tenantId) {
    heard.add(tenantId);
    nudge();
  }

  private boolean round() {
    long now = System.nanoTime();
    long last = lastSweep.get();
    if (sweep.get()
        && now - last >= SWEEP_AT_MOST_EVERY.toNanos()
        && lastSweep.compareAndSet(last, now)) {
      sweep.set(false);
      heard.addAll(active.ids());
    }
    flagHeardTenants();
    List<TenantBatch> batches = new ArrayList<>();
    boolean more =
        DueRounds.run(
            due,
            tenants,
            WebhookSteps.QUEUE,
            TENANTS_PER_ROUND,
            SYSTEM,
            flag -> claim(flag, batches),
            flag -> work.postpone(flag.version()));
    Instant at = clock.now();
    Map<Long, CompletableFuture<WebhookCall.Outcome>> answers = new HashMap<>();
    for (TenantBatch batch : batches) {
      for (WebhookSteps.Claimed delivery : batch.claimed()) {
        answers.put(
            delivery.deliveryId(),
            CompletableFuture.supplyAsync(() -> calls.post(delivery.call(at)), executor));
      }
    }
    for (TenantBatch batch : batches) {
      record(batch, answers);
    }
    return more;
  }

  /** One tenant's claimed deliveries; their calls go out with every other tenant's. */
  private record TenantBatch(TenantContext tenant, List<WebhookSteps.Claimed> claimed) {}

  private boolean claim(WorkDue.Flag flag, List<TenantBatch> batches) {
    List<WebhookSteps.Claimed> claimed = work.claim(flag.version());
    if (!claimed.isEmpty()) {
      batches.add(new TenantBatch(CurrentTenant.require(), claimed));
    }
    return claimed.size() == WebhookSteps.BATCH;
  }

  /** Writes a tenant's answers; one that fails leaves its claims to be taken again later. */
  private void record(
      TenantBatch batch, Map<Long, CompletableFuture<WebhookCall.Outcome>> answers) {
    try {
      CurrentTenant.runAs(
          batch.tenant(),
          () ->
              CurrentCaller.runAs(
                  SYSTEM,
                  () ->
                      batch
                          .claimed()
                          .forEach(
                              delivery ->
                                  work.answered(
                                      delivery, answers.get(delivery.deliveryId()).join()))));
    } catch (RuntimeException e) {
      LOG.warnf(
          "Writing tenant %d's webhook answers failed: %s",
          batch.tenant().tenantId(), Failures.describe(e));
    }
  }

  private void flagHeardTenants() {
    for (Iterator<Long> it = heard.iterator(); it.hasNext(); ) {
      long tenantId = it.next();
      it.remove();
      Optional<TenantContext> tenant = tenants.byId(tenantId, "webhooks");
      if (tenant.isEmpty()) {
        continue;
      }
      try {
        CurrentTenant.runAs(
            tenant.get(), () -> CurrentCaller.runAs(SYSTEM, () -> work.flagIfWaiting()));
      } catch (RuntimeException e) {
        LOG.warnf(
            "Looking for tenant %d's waiting webhooks failed: %s", tenantId, Failures.describe(e));
      }
    }
  }
}
