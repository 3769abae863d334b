package io.brandcloud.provisioning.reconciliation.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.backups.domain.BackupListRepository;
import io.brandcloud.provisioning.providers.application.ConnectionSteps;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations;
import io.brandcloud.provisioning.servers.application.ServerTermination;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerReferences;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.provisioning.transfer.domain.HourlyTraffic;
import io.brandcloud.provisioning.transfer.domain.TrafficRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PlainText;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The short transactions of {@link ProviderReconciliation}; none calls a provider. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationSteps {

  private static final Logger LOG = Logger.getLogger(ReconciliationSteps.class);
  private static final Set<ServerStatus> KEPT =
      EnumSet.of(ServerStatus.RUNNING, ServerStatus.STOPPED, ServerStatus.SUSPENDED);

  @Inject ProviderConnectionRepository connections;
  @Inject ServerRepository servers;
  @Inject ServerActionQueue queue;
  @Inject Reconciliations reconciliations;
  @EJB ConnectionSteps records;
  @EJB ServerActions actions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject ServerTermination termination;
  @Inject BackupListRepository backupLists;
  @Inject SnapshotRepository snapshots;
  @Inject TrafficRepository traffic;
  @EJB Servers backupAddOn;

  /** A connection to reconcile, with how to reach it. */
  public record Connection(long id, ProviderType type, ProviderAccount account) {}

  static final int TRAFFIC_LOOKBACK_DAYS = 7;
  static final int TRAFFIC_REREAD_HOURS = 2;

  /**
   * One of our servers at a connection, whether actions of it are under way, and whether its
   * backups at the provider are to be listed (the add-on is on, or they were ever listed: a
   * provider may switch them on again by itself).
   */
  public record Ours(
      long id, String externalId, boolean busy, boolean backupsWatched, boolean hasSnapshots) {}

  public List<Connection> activeConnections() {
    return connections.all().stream()
        .filter(ProviderConnection::active)
        .filter(c -> c.type() == ProviderType.SIMULATOR || c.sealedToken().isPresent())
        .map(c -> new Connection(c.id(), c.type(), records.accountOf(c)))
        .toList();
  }

  public List<Ours> serversOn(long connectionId) {
    Set<Long> backupsListed = backupLists.listedOn(connectionId);
    Set<Long> withSnapshots = snapshots.keptOn(connectionId);
    return servers.onConnection(connectionId).stream()
        .filter(s -> KEPT.contains(s.status()) && s.externalId() != null)
        .map(
            s ->
                new Ours(
                    s.id(),
                    s.externalId(),
                    queue.unfinishedOf(s.id()) > 0,
                    s.backup() || backupsListed.contains(s.id()),
                    withSnapshots.contains(s.id())))
        .toList();
  }

  /**
   * Keeps the server's backups as the provider listed them, and bills the add-on only while they
   * are on there; answers whether that needed a correction.
   */
  public boolean backupsListed(long serverId, ProviderBackups listed, Instant askedAt) {
    Server server = servers.findForUpdate(serverId).orElseThrow();
    backupLists.replace(serverId, listed, askedAt);
    if (queue.unfinishedOf(serverId) > 0) {
      // an action asked while the provider was listing may have changed what it said already
      return false;
    }
    return backupAddOn
        .backupsAtProvider(serverId, listed.enabled(), askedAt)
        .map(what -> noted(server, "BACKUPS_CORRECTED", what))
        .orElse(false);
  }

  /**
   * Keeps the server's snapshots as the provider listed them: one deleted there (by hand, or by
   * support) is billed no more from now.
   */
  public void snapshotsListed(long serverId, List<ProviderSnapshot> listed, Instant askedAt) {
    servers.findForUpdate(serverId).orElseThrow();
    if (queue.unfinishedOf(serverId) == 0) {
      snapshots.listed(serverId, listed, askedAt, snapshots.gbMonthPrice().orElse(null));
    }
  }

  /**
   * Where the next reading of the server's traffic starts: {@value #TRAFFIC_REREAD_HOURS} hours
   * before the end of the last hour read (a provider may add late samples to an hour it reported),
   * never before the hour it started being billed in, and at most {@value #TRAFFIC_LOOKBACK_DAYS}
   * days back (a provider keeps no finer figures for longer); empty while it has no whole hour to
   * read.
   */
  public Optional<Instant> trafficFrom(long serverId, Instant now) {
    Optional<Instant> firstHour =
        servers
            .find(serverId)
            .map(Server::billableFrom)
            .map(at -> at.truncatedTo(ChronoUnit.HOURS));
    if (firstHour.isEmpty()) {
      return Optional.empty();
    }
    Instant earliest =
        now.minus(Duration.ofDays(TRAFFIC_LOOKBACK_DAYS)).truncatedTo(ChronoUnit.HOURS);
    Instant from =
        traffic
            .readUntil(serverId)
            .map(until -> until.minus(Duration.ofHours(TRAFFIC_REREAD_HOURS)))
            .filter(at -> at.isAfter(firstHour.get()))
            .orElse(firstHour.get());
    return Optional.of(from.isBefore(earliest) ? earliest : from)
        .filter(at -> at.plus(Duration.ofHours(1)).compareTo(now) <= 0);
  }

  /** Keeps the hours of the server's traffic the provider measured. */
  public void trafficRead(long serverId, List<HourlyTraffic> hours) {
    traffic.record(serverId, hours);
  }

  /** The references of every server of ours on the connection, also those still being built. */
  public Set<String> referencesOn(long connectionId, ProviderAccount account) {
    return servers.onConnection(connectionId).stream()
        .map(s -> ServerReferences.of(account.tenantTag(), s.id()))
        .collect(Collectors.toSet());
  }

  /** The provider has no such server any more: it is deleted here too and billed no more. */
  public boolean deletedUpstream(long serverId) {
    Server server = servers.findForUpdate(serverId).orElseThrow();
    if (!KEPT.contains(server.status())) {
      return false;
    }
    termination.terminate(server);
    reconciliations.drift(
        serverId,
        "DELETED_UPSTREAM",
        "The provider no longer has " + server.hostname() + "; it is billed no more",
        clock.now());
    audit.record(
        "reconciliation", "server.deleted_upstream", "server " + serverId, server.hostname());
    LOG.warnf("Server %d (%s) was deleted at its provider", serverId, server.hostname());
    return true;
  }

  /** Brings our state in line with the provider's; answers whether anything was done. */
  public boolean compare(long serverId, ProviderServerState state) {
    Server server = servers.findForUpdate(serverId).orElseThrow();
    ServerStatus ours = server.status();
    Phase theirs = state.phase();
    if (ours == ServerStatus.RUNNING && theirs == Phase.STOPPED) {
      server.stopped();
      return noted(server, "STATE_CORRECTED", "was running here, the provider reports it stopped");
    }
    if (ours == ServerStatus.STOPPED && theirs == Phase.RUNNING) {
      server.started();
      return noted(server, "STATE_CORRECTED", "was stopped here, the provider reports it running");
    }
    if (ours == ServerStatus.SUSPENDED && theirs == Phase.RUNNING) {
      actions.request(server, ServerActionType.SUSPEND, "suspension lifted at the provider");
      return noted(server, "SUSPENSION_ENFORCED", "runs at the provider; suspended again");
    }
    if (ours != ServerStatus.SUSPENDED && theirs == Phase.SUSPENDED) {
      return noted(server, "SUSPENDED_UPSTREAM", "the provider suspended it; it is still billed");
    }
    return false;
  }

  public void unknown(long connectionId, List<UpstreamServer> found) {
    reconciliations.unknown(connectionId, found, clock.now());
  }

  public void unreachable(long connectionId, String problem) {
    connections
        .find(connectionId)
        .ifPresent(c -> c.checked(clock.now(), PlainText.cut(problem, 500)));
  }

  private boolean noted(Server server, String kind, String what) {
    Instant now = clock.now();
    reconciliations.drift(server.id(), kind, server.hostname() + " " + what, now);
    audit.record(
        "reconciliation",
        "server." + kind.toLowerCase(Locale.ROOT),
        "server " + server.id(),
        server.hostname() + " " + what);
    LOG.infof("Server %d (%s) %s", server.id(), server.hostname(), what);
    return true;
  }
}
