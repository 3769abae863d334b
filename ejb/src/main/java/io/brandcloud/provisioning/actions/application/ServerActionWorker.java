package io.brandcloud.provisioning.actions.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.AddedAddress;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Carries out server actions. Due actions are claimed in a short transaction, each provider call
 * runs on a pool of {@value #PROVIDER_THREADS} threads of its own with no transaction open (a
 * provider that hangs holds no lock and only its own thread), and its answer is applied in another
 * short transaction. Runs right after an action is requested and every second for retries, builds
 * being watched and claims whose node died.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerActionWorker {

  static final int PROVIDER_THREADS = 8;
  private static final Caller SYSTEM = Caller.system("server-actions");
  private static final int TENANTS_PER_ROUND = 100;

  private static final Logger LOG = Logger.getLogger(ServerActionWorker.class);
  private static final Set<ServerActionType> LISTS_BACKUPS_AFTER =
      EnumSet.of(
          ServerActionType.ENABLE_BACKUPS,
          ServerActionType.DISABLE_BACKUPS,
          ServerActionType.RESTORE_BACKUP,
          ServerActionType.TAKE_BACKUP);
  private static final Set<ServerActionType> LISTS_SNAPSHOTS_AFTER =
      EnumSet.of(ServerActionType.TAKE_SNAPSHOT, ServerActionType.DELETE_SNAPSHOT);

  @EJB WorkDue due;
  @EJB ServerActionSteps steps;
  @Inject CloudProviders providers;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;
  @Resource ManagedThreadFactory threads;

  private final Semaphore freeThreads = new Semaphore(PROVIDER_THREADS);
  private final CoalescedRuns claims =
      new CoalescedRuns("claiming server actions", this::claimRound);
  private ExecutorService providerCalls;

  @PostConstruct
  void start() {
    providerCalls = Executors.newFixedThreadPool(PROVIDER_THREADS, threads);
  }

  @PreDestroy
  void stop() {
    claims.stop();
    providerCalls.shutdownNow();
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    nudge();
  }

  /** Asks for due actions to be claimed soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    claims.ask(executor);
  }

  /** Claims what the free provider threads can take; a finished call asks for the next round. */
  private boolean claimRound() {
    for (WorkDue.Flag flag : due.due(ServerActions.QUEUE, TENANTS_PER_ROUND)) {
      int free = freeThreads.availablePermits();
      if (free == 0 || !freeThreads.tryAcquire(free)) {
        return false;
      }
      Optional<TenantContext> tenant = tenants.byId(flag.tenantId(), "server-actions");
      List<ClaimedAction> claimed =
          tenant
              .map(t -> CurrentTenant.supplyAs(t, () -> steps.claim(free, flag.version())))
              .orElse(List.of());
      freeThreads.release(free - claimed.size());
      claimed.forEach(action -> providerCalls.execute(() -> carryOut(tenant.get(), action)));
    }
    return false;
  }

  private void carryOut(TenantContext tenant, ClaimedAction action) {
    try {
      CurrentTenant.runAs(
          tenant.withRequestId(action.requestId()),
          () -> CurrentCaller.runAs(SYSTEM, () -> call(action)));
    } finally {
      freeThreads.release();
      nudge();
    }
  }

  /** The provider call, outside any transaction, then its result in a short one. */
  private void call(ClaimedAction action) {
    CloudProvider provider = providers.of(action.providerType());
    ProviderAccount account = action.account();
    try {
      if (action.type() == ServerActionType.CREATE) {
        build(provider, action);
      } else if (action.providerTask() != null) {
        watch(provider, action);
      } else if (action.type() == ServerActionType.CREATE_VOLUME) {
        createVolume(provider, action);
      } else if (action.type() == ServerActionType.ADD_IPV4) {
        addIpv4(provider, action);
      } else if (action.type() == ServerActionType.DELETE && action.externalId() == null) {
        steps.accepted(action, ProviderTask.done());
      } else if (action.attempt() > 1 && mayBeUnderWay(action) && busy(provider, action)) {
        steps.settling(action);
      } else {
        ProviderTask task = ProviderCalls.perform(provider, account, action);
        if (task.finished()) {
          listAfter(provider, action);
        }
        steps.accepted(action, task);
      }
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND
          && (action.type() == ServerActionType.DELETE
              || action.type() == ServerActionType.DELETE_VOLUME
              || action.type() == ServerActionType.REMOVE_IPV4)) {
        steps.accepted(action, ProviderTask.done());
      } else {
        steps.failed(
            action,
            e.getMessage(),
            e.transientFailure(),
            e.retryAfter().orElse(java.time.Duration.ZERO));
      }
    } catch (RuntimeException e) {
      steps.failed(action, Failures.describe(e), true);
    }
  }

  /** Builds the server, or watches a build the provider accepted. */
  private void build(CloudProvider provider, ClaimedAction action) {
    if (action.externalId() == null) {
      steps.buildStarted(
          action,
          provider.create(
              action.account(),
              action.spec(),
              action.reference(),
              action.rootPassword(),
              action.sshKeys()));
    } else {
      steps.buildObserved(action, provider.state(action.account(), action.externalId()));
    }
  }

  /**
   * Creates and attaches the volume, by a name chosen before, so a retry after a lost answer finds
   * the first one instead of making (and billing) a second.
   */
  private void createVolume(CloudProvider provider, ClaimedAction action) {
    String volumeId =
        provider.createVolume(
            action.account(),
            action.externalId(),
            action.volume().region(),
            action.volume().providerName(),
            action.volume().sizeGb());
    // kept before attaching, so a volume made is billed (and deletable) even if attaching fails
    steps.volumeCreated(action, volumeId);
    steps.accepted(
        action,
        provider.attachVolume(
            action.account(), action.externalId(), action.volume().region(), volumeId));
  }

  /**
   * Adds an address, telling the provider which the server has already, so a retry after a lost
   * answer takes the one the first attempt got instead of adding (and billing) a second.
   */
  private void addIpv4(CloudProvider provider, ClaimedAction action) {
    if (action.externalId() == null) {
      steps.failed(action, "The server was not built, so it takes no address", false);
      return;
    }
    if (action.address().address() != null) {
      // given before a worker stopped short of recording the rest: not asked for again
      steps.accepted(action, ProviderTask.done());
      return;
    }
    AddedAddress added =
        provider.addIpv4(
            action.account(), action.externalId(), action.address().known(), action.attempt() > 1);
    // kept before it is assigned, so an address given is billed (and releasable) whatever follows
    steps.addressGiven(action, added.address());
    steps.accepted(action, added.assigning());
  }

  private void watch(CloudProvider provider, ClaimedAction action) {
    if (ClaimedAction.SETTLE.equals(action.providerTask())) {
      boolean settled = !busy(provider, action);
      if (settled) {
        listAfter(provider, action);
      }
      steps.observed(action, settled ? TaskProgress.done() : TaskProgress.underWay(null));
    } else {
      TaskProgress progress =
          provider.progress(action.account(), action.externalId(), action.providerTask());
      if (progress.stage() == TaskProgress.Stage.DONE) {
        // listed before the action ends, so a page told it ended finds the list already new
        listAfter(provider, action);
      }
      steps.observed(action, progress);
    }
  }

  /**
   * Backups just switched on or off, taken or restored, and snapshots just taken or deleted, are
   * listed at once, so the page shows them (and bills a snapshot from when it was taken) without
   * waiting for the hourly reconciliation; a list that fails now is read again then.
   */
  private void listAfter(CloudProvider provider, ClaimedAction action) {
    try {
      if (LISTS_BACKUPS_AFTER.contains(action.type())) {
        steps.backupsListed(action, provider.backups(action.account(), action.externalId()));
      } else if (LISTS_SNAPSHOTS_AFTER.contains(action.type())) {
        steps.snapshotsListed(action, provider.snapshots(action.account(), action.externalId()));
      }
    } catch (RuntimeException e) {
      // the action succeeded; only its list is missing until the next reconciliation
      LOG.warnf(
          "Listing after %s of server %d failed: %s",
          action.type().wireName(), action.serverId(), Failures.describe(e));
    }
  }

  /**
   * A retried rebuild, resize, restore, backup or snapshot whose first attempt may have reached the
   * provider before its worker died: asked again, it would wipe or migrate the server twice, or
   * keep (and bill) two snapshots.
   */
  private static boolean mayBeUnderWay(ClaimedAction action) {
    return action.type() == ServerActionType.REBUILD
        || action.type() == ServerActionType.RESIZE
        || action.type() == ServerActionType.RESTORE_BACKUP
        || action.type() == ServerActionType.TAKE_BACKUP
        || action.type() == ServerActionType.TAKE_SNAPSHOT
        || action.type() == ServerActionType.RESTORE_SNAPSHOT;
  }

  private static boolean busy(CloudProvider provider, ClaimedAction action) {
    return provider.state(action.account(), action.externalId()).phase()
        == ProviderServerState.Phase.BUSY;
  }
}
