package io.brandcloud.provisioning.providers.infrastructure;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.domain.AddedAddress;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.CreatedServer;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderImage;
import io.brandcloud.provisioning.providers.domain.ProviderPlan;
import io.brandcloud.provisioning.providers.domain.ProviderRegion;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.providers.infrastructure.SimulatorStore.SimulatedServer;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The built-in cloud for demos and tests, behaving like a remote API: its "data centre" is the
 * tenant's {@code simulator_servers} table, written in short transactions of its own, so its
 * servers survive restarts like a real cloud's would. It offers every action, each taking a few
 * seconds. Deterministic by host name: a build takes 3 to 8 seconds; {@code fail-} fails its build;
 * {@code hang-} gets no answer to its create call for 30 seconds (a stuck upstream API); {@code
 * lag-} is built at once but its create call answers only after 30 seconds (an answer lost after
 * the provider accepted); {@code flaky-} answers every other call with an outage, so a retry
 * succeeds; {@code broken-} refuses every action but deletion. Addresses come from TEST-NET-2.
 * Backups, once on, are taken at once and then daily; one more is kept when asked for, replacing
 * the one asked for before. A snapshot takes 3 seconds and holds a quarter of its plan's disk.
 * Volumes take a second or two to make, attach or detach; a deleted server's volumes stay,
 * detached. Extra IPv4 addresses come from TEST-NET-3, in a second, and go with their server.
 */
@ApplicationScoped
public class SimulatorCloud implements CloudProvider {

  static final String FAILING_PREFIX = "fail-";
  static final String HANGING_PREFIX = "hang-";
  static final String LAGGING_PREFIX = "lag-";
  static final String FLAKY_PREFIX = "flaky-";
  static final String BROKEN_PREFIX = "broken-";
  static final String SLOW_PREFIX = "slow-";
  private static final String BUSY = "busy";
  private static final String BACKUP_PREFIX = "sim-backup-";
  private static final int BACKUPS_KEPT = 7;
  private static final Currency NO_CURRENCY = Currency.getInstance(CatalogEntry.NO_CURRENCY);

  private static final List<ProviderPlan> PLANS =
      List.of(
          plan("sim-1", "1 vCPU, 1 GB RAM, 25 GB SSD", 1, 1024, 25, 1000, "5.00"),
          plan("sim-2", "2 vCPU, 2 GB RAM, 50 GB SSD", 2, 2048, 50, 2000, "10.00"),
          plan("sim-4", "4 vCPU, 8 GB RAM, 160 GB SSD", 4, 8192, 160, 5000, "40.00"),
          plan("sim-8", "8 vCPU, 16 GB RAM, 320 GB SSD", 8, 16384, 320, 6000, "80.00"));
  private static final List<ProviderRegion> REGIONS =
      List.of(
          new ProviderRegion("sim-ams1", "Amsterdam (simulated)", "NL"),
          new ProviderRegion("sim-fra1", "Frankfurt (simulated)", "DE"),
          new ProviderRegion("sim-nyc1", "New York (simulated)", "US"));
  private static final List<ProviderImage> IMAGES =
      List.of(
          new ProviderImage("debian-12", "Debian 12"),
          new ProviderImage("ubuntu-24.04", "Ubuntu 24.04 LTS"),
          new ProviderImage("rocky-9", "Rocky Linux 9"),
          new ProviderImage("debian-11", "Debian 11"),
          new ProviderImage("ubuntu-22.04", "Ubuntu 22.04 LTS"));

  @EJB SimulatorStore store;
  @Inject SimulatorHangs hangs;
  @Inject ApplicationClock clock;

  @Override
  public ProviderType type() {
    return ProviderType.SIMULATOR;
  }

  @Override
  public Set<ServerActionType> actions() {
    return EnumSet.complementOf(EnumSet.of(ServerActionType.CREATE));
  }

  @Override
  public boolean takesUserData() {
    return true;
  }

  @Override
  public boolean measuresUsage() {
    return true;
  }

  @Override
  public void check(ProviderAccount account) {}

  @Override
  public List<ProviderPlan> plans(ProviderAccount account) {
    return PLANS;
  }

  @Override
  public List<ProviderRegion> regions(ProviderAccount account) {
    return REGIONS;
  }

  @Override
  public List<ProviderImage> images(ProviderAccount account) {
    return IMAGES;
  }

  @Override
  public CreatedServer create(
      ProviderAccount account,
      ServerSpec spec,
      String reference,
      String rootPassword,
      List<String> sshKeys) {
    requireKnown("plan", spec.planCode(), PLANS.stream().map(ProviderPlan::code).toList());
    requireKnown("region", spec.region(), REGIONS.stream().map(ProviderRegion::code).toList());
    if (!store.keepsSnapshot(account.connectionId(), spec.image())) {
      requireKnown("image", spec.image(), IMAGES.stream().map(ProviderImage::code).toList());
    }
    if (spec.hostname().startsWith(HANGING_PREFIX)) {
      hangs.hang(spec.hostname());
    }
    CreatedServer created =
        new CreatedServer(store.create(account.connectionId(), spec, reference), rootPassword);
    store.authorize(account.connectionId(), created.externalId(), sshKeys);
    if (spec.userData() != null) {
      store.set(account.connectionId(), created.externalId(), "user_data", spec.userData());
    }
    if (spec.hostname().startsWith(LAGGING_PREFIX)) {
      hangs.hang(spec.hostname());
    }
    return created;
  }

  @Override
  public ProviderServerState state(ProviderAccount account, String externalId) {
    return store.find(account.connectionId(), externalId).state(clock.now(), FAILING_PREFIX);
  }

  @Override
  public List<UpstreamServer> servers(ProviderAccount account) {
    return store.all(account.connectionId(), FAILING_PREFIX);
  }

  @Override
  public ProviderTask start(ProviderAccount account, String externalId) {
    return change(account, externalId, "power = 'ON'", Duration.ofSeconds(2));
  }

  @Override
  public ProviderTask shutDown(ProviderAccount account, String externalId) {
    return change(account, externalId, "power = 'OFF'", Duration.ofSeconds(3));
  }

  @Override
  public ProviderTask powerOff(ProviderAccount account, String externalId) {
    return change(account, externalId, "power = 'OFF'", Duration.ofSeconds(1));
  }

  @Override
  public ProviderTask reboot(ProviderAccount account, String externalId) {
    return change(account, externalId, "power = 'ON'", Duration.ofSeconds(3));
  }

  @Override
  public ProviderTask rebuild(
      ProviderAccount account,
      String externalId,
      String image,
      String rootPassword,
      List<String> sshKeys) {
    requireKnown("image", image, IMAGES.stream().map(ProviderImage::code).toList());
    ProviderTask task =
        change(
            account,
            externalId,
            "power = 'ON', root_password_set_at = now()",
            Duration.ofSeconds(5));
    store.set(account.connectionId(), externalId, "image", image);
    store.authorize(account.connectionId(), externalId, sshKeys);
    return task.withPassword(rootPassword);
  }

  @Override
  public ProviderTask setReverseDns(
      ProviderAccount account, String externalId, String address, String name) {
    answer(account, externalId);
    store.set(account.connectionId(), externalId, "reverse_dns", name);
    return ProviderTask.done();
  }

  /** Rules take the simulator two seconds to apply, as a real cloud's take a moment. */
  @Override
  public ProviderTask applyFirewall(
      ProviderAccount account, String externalId, FirewallRules rules) {
    ProviderTask task = change(account, externalId, "power = power", Duration.ofSeconds(2));
    store.set(
        account.connectionId(), externalId, "firewall", rules.isEmpty() ? null : rules.text());
    return task;
  }

  @Override
  public ProviderTask resetPassword(
      ProviderAccount account, String externalId, String rootPassword) {
    return change(account, externalId, "root_password_set_at = now()", Duration.ofSeconds(1))
        .withPassword(rootPassword);
  }

  @Override
  public ProviderTask rename(ProviderAccount account, String externalId, String hostname) {
    answer(account, externalId);
    store.set(account.connectionId(), externalId, "hostname", hostname);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask resize(ProviderAccount account, String externalId, String planCode) {
    requireKnown("plan", planCode, PLANS.stream().map(ProviderPlan::code).toList());
    ProviderTask task = change(account, externalId, "power = power", Duration.ofSeconds(4));
    store.set(account.connectionId(), externalId, "plan_code", planCode);
    return task;
  }

  @Override
  public ProviderTask suspend(ProviderAccount account, String externalId) {
    answer(account, externalId);
    store.change(
        account.connectionId(), externalId, "status = 'SUSPENDED', power = 'OFF'", Duration.ZERO);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask enableBackups(ProviderAccount account, String externalId) {
    answer(account, externalId);
    store.switchBackups(account.connectionId(), externalId, true);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask disableBackups(ProviderAccount account, String externalId) {
    answer(account, externalId);
    store.switchBackups(account.connectionId(), externalId, false);
    return ProviderTask.done();
  }

  /** The first backup when they were switched on, then one a day; the last seven are kept. */
  @Override
  public ProviderBackups backups(ProviderAccount account, String externalId) {
    answer(account, externalId);
    return kept(account, externalId);
  }

  private ProviderBackups kept(ProviderAccount account, String externalId) {
    Optional<Instant> since = store.backupsSince(account.connectionId(), externalId);
    if (since.isEmpty()) {
      return new ProviderBackups(false, List.of());
    }
    long taken = Duration.between(since.get(), clock.now()).toDays() + 1;
    List<ProviderBackup> daily =
        LongStream.range(Math.max(0, taken - BACKUPS_KEPT), taken)
            .mapToObj(day -> since.get().plus(Duration.ofDays(day)))
            .map(at -> new ProviderBackup(BACKUP_PREFIX + at.getEpochSecond(), null, at, null))
            .toList();
    List<ProviderBackup> all = new ArrayList<>(daily);
    store.backupOnDemand(account.connectionId(), externalId).ifPresent(all::add);
    return new ProviderBackups(true, all);
  }

  @Override
  public ProviderTask takeBackup(ProviderAccount account, String externalId, String label) {
    answer(account, externalId);
    if (!store.takeBackup(account.connectionId(), externalId, label, clock.now())) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "Backups are off for server " + externalId);
    }
    return change(account, externalId, "power = power", Duration.ofSeconds(3));
  }

  @Override
  public ProviderTask restoreBackup(ProviderAccount account, String externalId, String backupId) {
    boolean kept =
        kept(account, externalId).backups().stream().anyMatch(b -> b.id().equals(backupId));
    if (!kept) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "The simulator keeps no backup " + backupId);
    }
    ProviderTask task = change(account, externalId, "power = power", Duration.ofSeconds(4));
    store.set(account.connectionId(), externalId, "restored_backup", backupId);
    return task;
  }

  @Override
  public boolean buildsFromSnapshots() {
    return true;
  }

  @Override
  public ProviderTask takeSnapshot(ProviderAccount account, String externalId, String name) {
    ProviderTask task = change(account, externalId, "power = power", Duration.ofSeconds(3));
    store.takeSnapshot(account.connectionId(), externalId, name, clock.now());
    return task;
  }

  @Override
  public List<ProviderSnapshot> snapshots(ProviderAccount account, String externalId) {
    answer(account, externalId);
    return store.snapshots(account.connectionId(), externalId);
  }

  @Override
  public ProviderTask restoreSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    requireSnapshot(account, externalId, snapshotId);
    ProviderTask task = change(account, externalId, "power = power", Duration.ofSeconds(4));
    store.set(account.connectionId(), externalId, "restored_snapshot", snapshotId);
    return task;
  }

  @Override
  public ProviderTask deleteSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    answer(account, externalId);
    store.deleteSnapshots(account.connectionId(), externalId, snapshotId);
    return ProviderTask.done();
  }

  private void requireSnapshot(ProviderAccount account, String externalId, String snapshotId) {
    boolean kept =
        store.snapshots(account.connectionId(), externalId).stream()
            .anyMatch(s -> s.id().equals(snapshotId));
    if (!kept) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "The simulator keeps no snapshot " + snapshotId);
    }
  }

  /** Made attached to the server, as Linode makes them. */
  @Override
  public String createVolume(
      ProviderAccount account, String externalId, String region, String name, int sizeGb) {
    answer(account, externalId);
    return store.createVolume(account.connectionId(), externalId, region, name, sizeGb);
  }

  /** A second or two, as the server is busy with it; one attached already only takes the time. */
  @Override
  public ProviderTask attachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    answer(account, externalId);
    store.attachVolume(account.connectionId(), externalId, volumeId);
    return change(account, externalId, "power = power", Duration.ofSeconds(2));
  }

  @Override
  public ProviderTask detachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    answer(account, externalId);
    store.detachVolume(account.connectionId(), externalId, volumeId);
    return change(account, externalId, "power = power", Duration.ofSeconds(1));
  }

  @Override
  public ProviderTask resizeVolume(
      ProviderAccount account, String region, String volumeId, int sizeGb) {
    store.resizeVolume(account.connectionId(), volumeId, sizeGb);
    return ProviderTask.done();
  }

  /** Detaches it first where it is attached, then deletes it, at once. */
  @Override
  public ProviderTask deleteVolume(ProviderAccount account, String region, String volumeId) {
    store
        .attachedTo(account.connectionId(), volumeId)
        .ifPresent(server -> store.detachVolume(account.connectionId(), server, volumeId));
    store.deleteVolume(account.connectionId(), volumeId);
    return ProviderTask.done();
  }

  /** A second while the server is busy taking it, as at a real cloud. */
  @Override
  public AddedAddress addIpv4(
      ProviderAccount account, String externalId, Set<String> known, boolean retried) {
    answer(account, externalId);
    String address = store.addAddress(account.connectionId(), externalId, known, retried);
    return new AddedAddress(
        address, change(account, externalId, "power = power", Duration.ofSeconds(1)));
  }

  @Override
  public ProviderTask removeIpv4(ProviderAccount account, String externalId, String address) {
    answer(account, externalId);
    store.removeAddress(account.connectionId(), externalId, address);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask unsuspend(ProviderAccount account, String externalId) {
    answer(account, externalId);
    store.change(
        account.connectionId(), externalId, "status = 'RUNNING', power = 'ON'", Duration.ZERO);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask delete(ProviderAccount account, String externalId) {
    SimulatedServer server = store.find(account.connectionId(), externalId);
    if (server.externalId() != null && !"DELETED".equals(server.status())) {
      store.change(account.connectionId(), externalId, "status = 'DELETED'", Duration.ZERO);
      store.deleteSnapshots(account.connectionId(), externalId, null);
      store.detachVolumes(account.connectionId(), externalId);
      store.removeAddresses(account.connectionId(), externalId);
    }
    return ProviderTask.done();
  }

  @Override
  public TaskProgress progress(ProviderAccount account, String externalId, String handle) {
    SimulatedServer server = store.find(account.connectionId(), externalId);
    if (server.externalId() == null) {
      return TaskProgress.failed("The server no longer exists");
    }
    Instant now = clock.now();
    return server.busy(now) ? TaskProgress.underWay(server.percentDone(now)) : TaskProgress.done();
  }

  @Override
  public ServerUsage usage(ProviderAccount account, String externalId, Instant from, Instant to) {
    return SimulatedUsage.between(externalId, from, to);
  }

  @Override
  public Optional<ConsoleAccess.Kind> consoleKind() {
    return Optional.of(ConsoleAccess.Kind.TERMINAL);
  }

  @Override
  public Optional<ConsoleAccess> console(ProviderAccount account, String externalId) {
    return Optional.of(
        new ConsoleAccess(ConsoleAccess.Kind.TERMINAL, "simulator:" + externalId, null));
  }

  /** A change that takes {@code busy}, made only to a server that answers and is not busy. */
  private ProviderTask change(
      ProviderAccount account, String externalId, String assignments, Duration busy) {
    answer(account, externalId);
    if (store.find(account.connectionId(), externalId).busy(clock.now())) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "The server is busy with an earlier change");
    }
    store.change(account.connectionId(), externalId, assignments, busy);
    return busy.isZero() ? ProviderTask.done() : ProviderTask.underWay(BUSY);
  }

  /** Counts the call and fails it the way the server's host name asks for. */
  private void answer(ProviderAccount account, String externalId) {
    SimulatedServer server = store.find(account.connectionId(), externalId);
    if (server.externalId() == null) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No server " + externalId);
    }
    int calls = store.countCall(account.connectionId(), externalId);
    if (server.hostname().startsWith(FLAKY_PREFIX) && calls % 2 == 1) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "The simulator is briefly unavailable (flaky-)");
    }
    if (server.hostname().startsWith(BROKEN_PREFIX)) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "The simulator refuses to touch a broken- server");
    }
  }

  private static void requireKnown(String what, String value, List<String> known) {
    if (!known.contains(value)) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED,
          "The " + what + " '" + value + "' is not one of " + String.join(", ", known));
    }
  }

  private static ProviderPlan plan(
      String code,
      String description,
      int vcpus,
      int memory,
      int disk,
      int transferGb,
      String cost) {
    // XXX (ISO 4217 "no currency"): the simulator's cost is read in whatever currency the tenant
    // bills in
    return new ProviderPlan(
        code,
        description,
        vcpus,
        memory,
        disk,
        new Money(new BigDecimal(cost), NO_CURRENCY),
        transferGb);
  }
}
