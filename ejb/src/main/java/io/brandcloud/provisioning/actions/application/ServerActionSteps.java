package io.brandcloud.provisioning.actions.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.actions.domain.QueuedServerAction;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionStatus;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.addresses.domain.AddressStatus;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.provisioning.addresses.domain.ExtraAddressRepository;
import io.brandcloud.provisioning.backups.domain.BackupListRepository;
import io.brandcloud.provisioning.providers.application.ConnectionSteps;
import io.brandcloud.provisioning.providers.domain.CreatedServer;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.provisioning.volumes.application.VolumeRequests;
import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeRepository;
import io.brandcloud.provisioning.volumes.domain.VolumeStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The short transactions around a server action's provider call: claiming due actions, and applying
 * what the provider answered. None of them calls the provider.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerActionSteps {

  static final int MAX_ATTEMPTS = 5;
  static final Duration CLAIM = Duration.ofMinutes(2);
  static final Duration POLL = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(ServerActionSteps.class);

  @Inject ServerActionQueue queue;
  @Inject ServerRepository servers;
  @Inject ProviderConnectionRepository connections;
  @EJB ConnectionSteps records;
  @EJB PlanCatalog catalog;
  @EJB WorkDue due;
  @Inject RootPasswords passwords;
  @Inject ApplicationClock clock;
  @EJB OwnerMail ownerMail;
  @Inject BackupListRepository backupLists;
  @Inject SnapshotRepository snapshots;
  @Inject VolumeRepository volumes;
  @Inject ExtraAddressRepository addresses;

  /**
   * Claims up to {@code limit} due actions of the current tenant: requested ones whose time has
   * come, and running ones whose worker's claim ran out (it died). A server's actions run one at a
   * time, oldest first.
   */
  public List<ClaimedAction> claim(int limit, long flagVersion) {
    List<ClaimedAction> claimed = queue.claim(limit, CLAIM).stream().map(this::withServer).toList();
    due.reschedule(ServerActions.QUEUE, flagVersion, queue.nextDue().orElse(null));
    return claimed;
  }

  private ClaimedAction withServer(QueuedServerAction action) {
    Server server = servers.find(action.serverId()).orElseThrow();
    var connection = connections.find(server.connectionId()).orElseThrow();
    String planCode = catalog.find(server.planId()).orElseThrow().providerPlanCode();
    if (action.type() == ServerActionType.RESIZE) {
      planCode = catalog.find(Long.parseLong(action.parameter())).orElseThrow().providerPlanCode();
    }
    ServerSpec spec = server.spec(planCode).withUserData(action.userData());
    if (action.type() == ServerActionType.CREATE && action.parameter() != null) {
      // built from a snapshot: the server keeps its source's image as what it runs
      spec = spec.withImage(action.parameter());
    }
    return new ClaimedAction(
        action.id(),
        server.id(),
        action.type(),
        action.attempt(),
        action.requestId(),
        connection.type(),
        records.accountOf(connection),
        server.externalId(),
        spec,
        action.parameter(),
        action.providerTask(),
        action.sealedPassword() == null
            ? null
            : passwords.open(action.sealedPassword(), server.id()),
        action.sshKeys(),
        server.ipv4(),
        action.type().onVolume() ? volume(action.parameter()) : null,
        action.type().onAddress() ? address(server, action.parameter()) : null);
  }

  private ClaimedAction.ClaimedAddress address(Server server, String parameter) {
    ExtraAddress extra = addresses.find(Long.parseLong(parameter)).orElseThrow();
    Set<String> known = new HashSet<>();
    if (server.ipv4() != null) {
      known.add(server.ipv4());
    }
    addresses.ofServer(server.id()).stream()
        .map(ExtraAddress::address)
        .filter(Objects::nonNull)
        .forEach(known::add);
    return new ClaimedAction.ClaimedAddress(extra.id(), extra.address(), Set.copyOf(known));
  }

  /** The provider gave the address: it is the server's, billed from now. */
  public void addressGiven(ClaimedAction action, String address) {
    if (stillHeld(action)) {
      addresses.given(action.address().id(), address, clock.now());
    }
  }

  private ClaimedAction.ClaimedVolume volume(String parameter) {
    Volume volume = volumes.find(VolumeRequests.volumeIdOf(parameter)).orElseThrow();
    return new ClaimedAction.ClaimedVolume(
        volume.id(), volume.providerName(), volume.externalId(), volume.region(), volume.sizeGb());
  }

  /** The provider made the volume: it is billed from now, even while it is being attached. */
  public void volumeCreated(ClaimedAction action, String externalId) {
    if (stillHeld(action)) {
      volumes.created(action.volume().id(), externalId, clock.now());
    }
  }

  /** The provider accepted the build: watch it from now on. */
  public void buildStarted(ClaimedAction action, CreatedServer created) {
    if (stillHeld(action)) {
      server(action).provisioningStarted(created.externalId());
      keepPassword(action, created.rootPassword());
      again(action, POLL);
    }
  }

  /** What the provider says about a build under way. */
  public void buildObserved(ClaimedAction action, ProviderServerState state) {
    if (!stillHeld(action)) {
      return;
    }
    Server server = server(action);
    if (server.status() == ServerStatus.TERMINATED) {
      finish(action, ServerActionStatus.SUCCEEDED, null, "Deleted before it first ran");
      return;
    }
    switch (state.phase()) {
      case RUNNING, STOPPED -> {
        server.becameRunning(state.ipv4(), state.ipv6(), clock.now());
        finish(action, ServerActionStatus.SUCCEEDED, null, null);
        LOG.infof("Server %d (%s) is running at %s", server.id(), server.hostname(), state.ipv4());
        tellOwnerItIsReady(server);
      }
      case FAILED, GONE -> {
        server.failed();
        queue.keepPassword(action.id(), null);
        finish(action, ServerActionStatus.FAILED, "The provider could not build the server", null);
        LOG.warnf("Server %d (%s) failed to build", server.id(), server.hostname());
      }
      default -> again(action, POLL);
    }
  }

  /** The new server's address and how to log in, mailed to its organisation's owner. */
  private void tellOwnerItIsReady(Server server) {
    String addresses =
        Stream.of(server.ipv4(), server.ipv6().orElse(null))
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    ownerMail.send(
        server.organisationId(),
        MessageType.SERVER_READY,
        Map.of(
            "server",
            server.hostname(),
            "addresses",
            addresses.isEmpty() ? "\u2013" : addresses,
            "serverUrl",
            PublicUrls.server(CurrentTenant.require(), server.id())));
  }

  /**
   * The provider accepted an action: done at once, or under way with a handle to watch. Its root
   * password, if it says which, replaces the one chosen; none at all (it mailed its own) is
   * forgotten, with the provider's note for the customer.
   */
  public void accepted(ClaimedAction action, ProviderTask task) {
    if (!stillHeld(action)) {
      return;
    }
    if (action.type() == ServerActionType.REBUILD
        || action.type() == ServerActionType.RESET_PASSWORD) {
      keepPassword(action, task.rootPassword().orElse(null));
    }
    if (task.finished()) {
      succeed(action, task.note());
      return;
    }
    queue.accepted(action.id(), task.handle());
    if (task.note() != null) {
      queue.note(action.id(), task.note());
    }
    again(action, POLL);
  }

  /** What the provider listed of the server's backups right after the action. */
  public void backupsListed(ClaimedAction action, ProviderBackups listed) {
    backupLists.replace(action.serverId(), listed, clock.now());
  }

  /** What the provider listed of the server's snapshots right after a snapshot action. */
  public void snapshotsListed(ClaimedAction action, List<ProviderSnapshot> listed) {
    snapshots.listed(action.serverId(), listed, clock.now(), snapshots.gbMonthPrice().orElse(null));
  }

  /** A retry found the server busy (the first attempt's work may be under way): watch it. */
  public void settling(ClaimedAction action) {
    if (stillHeld(action)) {
      queue.accepted(action.id(), ClaimedAction.SETTLE);
      again(action, POLL);
    }
  }

  /** How far the provider got with work it accepted. */
  public void observed(ClaimedAction action, TaskProgress progress) {
    if (!stillHeld(action)) {
      return;
    }
    switch (progress.stage()) {
      case DONE -> succeed(action, null);
      case FAILED -> {
        queue.keepPassword(action.id(), null);
        if (action.type().onVolume()) {
          volumeStays(action, server(action));
        }
        if (action.type().onAddress()) {
          addressStays(action, server(action));
        }
        finish(action, ServerActionStatus.FAILED, progress.failure(), null);
      }
      case UNDER_WAY -> {
        queue.progressed(action.id(), progress.percent());
        again(action, POLL);
      }
    }
  }

  /**
   * The provider call failed: try again after 2, 4, 8 … seconds, or give up after {@value
   * #MAX_ATTEMPTS} attempts, or at once when trying again cannot help; a build given up fails its
   * server.
   */
  public void failed(ClaimedAction action, String error, boolean worthRetrying) {
    failed(action, error, worthRetrying, Duration.ZERO);
  }

  /** As {@link #failed(ClaimedAction, String, boolean)}, waiting at least {@code notBefore}. */
  public void failed(
      ClaimedAction action, String error, boolean worthRetrying, Duration notBefore) {
    if (!stillHeld(action)) {
      return;
    }
    if (worthRetrying && action.attempt() < MAX_ATTEMPTS) {
      LOG.warnf(
          "%s of server %d failed (attempt %d): %s",
          action.type(), action.serverId(), action.attempt(), error);
      Duration backoff = max(Duration.ofSeconds(1L << action.attempt()), notBefore);
      queue.retryLater(action.id(), error, backoff);
      due.flag(ServerActions.QUEUE, backoff);
      return;
    }
    LOG.errorf("Giving up on %s of server %d: %s", action.type(), action.serverId(), error);
    Server server = server(action);
    if (action.type() == ServerActionType.CREATE && server.status().inProgress()) {
      server.failed();
    }
    if (action.type().onVolume()) {
      volumeStays(action, server);
    }
    if (action.type().onAddress()) {
      addressStays(action, server);
    }
    queue.keepPassword(action.id(), null);
    finish(action, ServerActionStatus.FAILED, error, null);
  }

  /** What the action changes on our side once the provider did it. */
  private void succeed(ClaimedAction action, String note) {
    Server server = server(action);
    Instant now = clock.now();
    switch (action.type()) {
      case START, REBUILD -> whenIn(server, ServerStatus.STOPPED, server::started);
      case SHUTDOWN, POWER_OFF -> whenIn(server, ServerStatus.RUNNING, server::stopped);
      case UNSUSPEND -> whenIn(server, ServerStatus.SUSPENDED, server::resume);
      case RENAME -> server.renamed(action.parameter());
      case SET_REVERSE_DNS -> server.reverseDnsSet(action.parameter());
      case SET_FIREWALL -> server.firewallApplied(action.parameter());
      case CREATE_VOLUME, ATTACH_VOLUME ->
          volumes.moved(action.volume().id(), server.id(), VolumeStatus.ATTACHED);
      case DETACH_VOLUME -> volumes.status(action.volume().id(), VolumeStatus.DETACHED);
      case RESIZE_VOLUME -> {
        Volume volume = volumes.find(action.volume().id()).orElseThrow();
        int size = VolumeRequests.sizeOf(action.parameter());
        volumes.resized(
            volume.id(),
            size,
            Volume.hourlyPrice(size, volume.gbMonthPrice()),
            now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
            now);
      }
      case DELETE_VOLUME -> volumes.deleted(action.volume().id(), now);
      case REMOVE_IPV4 -> addresses.removed(action.address().id(), now);
      case RESIZE -> {
        PlanView plan = catalog.find(Long.parseLong(action.parameter())).orElseThrow();
        server.resized(
            plan.id(),
            plan.hourlyPriceFor(server.billsBackup()).amount(),
            now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
            now);
      }
      case ENABLE_BACKUPS -> {
        // billed from the next full hour, as any new price, once the provider says they are on
        server.backupsConfirmed(now);
        PlanView plan = catalog.find(server.planId()).orElseThrow();
        server.reprice(
            plan.hourlyPriceFor(server.billsBackup()).amount(),
            now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
            now);
      }
      default -> {}
    }
    if (action.type() == ServerActionType.REBUILD) {
      server.rebuiltWith(action.parameter());
    }
    finish(action, ServerActionStatus.SUCCEEDED, null, note);
  }

  /**
   * Where a volume is after its action was given up: one never created failed, one created but not
   * attached is kept detached; a detach or attach that failed leaves it where it was; one the
   * provider would not delete is kept detached and billed again. A volume of a deleted server
   * stopped being billed with it; one the provider would not delete is logged.
   */
  private void volumeStays(ClaimedAction action, Server server) {
    long id = action.volume().id();
    switch (action.type()) {
      case CREATE_VOLUME ->
          volumes.status(
              id,
              volumes.find(id).orElseThrow().externalId() == null
                  ? VolumeStatus.FAILED
                  : VolumeStatus.DETACHED);
      case ATTACH_VOLUME -> volumes.status(id, VolumeStatus.DETACHED);
      case DETACH_VOLUME -> volumes.status(id, VolumeStatus.ATTACHED);
      case DELETE_VOLUME -> {
        if (server.status() == ServerStatus.TERMINATED) {
          LOG.errorf("Volume %d of deleted server %d may be left at its provider", id, server.id());
          volumes.deleted(id, clock.now());
        } else {
          // the provider detaches before deleting; kept, it is the customer's again to delete
          volumes.deleteGivenUp(id);
        }
      }
      default -> {}
    }
  }

  /**
   * Where an address is after its action was given up: one never given failed, one given stays the
   * server's; one the provider would not release is the server's again and billed again, unless the
   * server is deleted (then it is logged, as it may be left at the provider).
   */
  private void addressStays(ClaimedAction action, Server server) {
    long id = action.address().id();
    if (action.type() == ServerActionType.ADD_IPV4) {
      ExtraAddress extra = addresses.find(id).orElseThrow();
      if (extra.address() == null) {
        addresses.status(id, AddressStatus.FAILED);
      }
    } else if (server.status() == ServerStatus.TERMINATED) {
      LOG.errorf("Address %d of deleted server %d may be left at its provider", id, server.id());
      addresses.removed(id, clock.now());
    } else {
      addresses.removeGivenUp(id);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static void whenIn(Server server, ServerStatus expected, Runnable change) {
    if (server.status() == expected) {
      change.run();
    }
  }

  private void keepPassword(ClaimedAction action, String rootPassword) {
    if (!Objects.equals(rootPassword, action.rootPassword())) {
      queue.keepPassword(
          action.id(),
          rootPassword == null ? null : passwords.seal(rootPassword, action.serverId()));
    }
  }

  private boolean stillHeld(ClaimedAction action) {
    boolean held = queue.lockIfHeld(action.id(), action.attempt());
    if (!held) {
      LOG.warnf(
          "Server action %d was taken over by another worker; its result is dropped", action.id());
    }
    return held;
  }

  private Server server(ClaimedAction action) {
    return servers.findForUpdate(action.serverId()).orElseThrow();
  }

  private void again(ClaimedAction action, Duration delay) {
    queue.requeue(action.id(), delay);
    due.flag(ServerActions.QUEUE, delay);
  }

  private void finish(ClaimedAction action, ServerActionStatus outcome, String error, String note) {
    queue.finish(action.id(), outcome, error, note);
    if (queue.hasRequested(action.serverId())) {
      due.flag(ServerActions.QUEUE, Duration.ZERO);
    }
  }
}
