package io.brandcloud.provisioning.reconciliation.application;

import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.provisioning.transfer.domain.HourlyTraffic;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Failures;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Compares the current tenant's servers with what each of its providers runs, outside any
 * transaction (the providers are asked over the network; what follows is applied in short
 * transactions of {@link ReconciliationSteps}): a server the provider no longer has stops being
 * billed and is flagged to staff, a power state that drifted is corrected and noted, a suspension
 * the provider lifted is asked for again, the backups of servers with the add-on are listed (and
 * billed only while the provider has them on), so are the snapshots of servers that have some (a
 * snapshot deleted there is billed no more), and upstream servers that are none of ours are listed
 * for staff to import or ignore. Servers with actions under way are left alone this time. Each
 * server's outbound traffic since the last reading is kept by the hour for its organisation's
 * transfer pool, and organisations past 80 % or 100 % of their pool are warned.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProviderReconciliation {

  private static final Logger LOG = Logger.getLogger(ProviderReconciliation.class);

  @EJB ReconciliationSteps steps;
  @EJB TransferPools transfer;
  @Inject CloudProviders providers;
  @Inject ApplicationClock clock;

  public ReconciliationReport reconcile() {
    ReconciliationReport report = ReconciliationReport.empty();
    for (ReconciliationSteps.Connection connection : steps.activeConnections()) {
      CloudProvider provider = providers.of(connection.type());
      try {
        report = report.plus(reconcile(connection, provider));
      } catch (ProviderException e) {
        LOG.warnf("Reconciling connection %d failed: %s", connection.id(), e.getMessage());
        steps.unreachable(connection.id(), e.getMessage());
        report = report.plus(new ReconciliationReport(0, 0, 0, 0, 1));
      }
    }
    try {
      transfer.warn();
    } catch (RuntimeException e) {
      // the readings are kept; the warnings are worked out again at the next reconciliation
      LOG.warnf("Warning of transfer pools failed: %s", Failures.describe(e));
    }
    return report;
  }

  /** One server's backups: a provider that cannot list them now fails only this, not the rest. */
  private boolean listBackups(
      ReconciliationSteps.Connection connection,
      CloudProvider provider,
      ReconciliationSteps.Ours ours) {
    Instant askedAt = clock.now();
    try {
      return steps.backupsListed(
          ours.id(), provider.backups(connection.account(), ours.externalId()), askedAt);
    } catch (RuntimeException e) {
      LOG.warnf("Listing the backups of server %d failed: %s", ours.id(), Failures.describe(e));
      return false;
    }
  }

  /**
   * The server's outbound traffic in the whole hours since it was last read, for its organisation's
   * transfer pool; a provider that cannot say now is asked again next time.
   */
  private void readTraffic(
      ReconciliationSteps.Connection connection,
      CloudProvider provider,
      ReconciliationSteps.Ours ours) {
    Instant now = clock.now();
    steps
        .trafficFrom(ours.id(), now)
        .ifPresent(
            from -> {
              try {
                ServerUsage usage =
                    provider.usage(connection.account(), ours.externalId(), from, now);
                steps.trafficRead(ours.id(), HourlyTraffic.of(usage, from, now));
              } catch (RuntimeException e) {
                LOG.warnf(
                    "Reading the traffic of server %d failed: %s", ours.id(), Failures.describe(e));
              }
            });
  }

  private void listSnapshots(
      ReconciliationSteps.Connection connection,
      CloudProvider provider,
      ReconciliationSteps.Ours ours) {
    Instant askedAt = clock.now();
    try {
      steps.snapshotsListed(
          ours.id(), provider.snapshots(connection.account(), ours.externalId()), askedAt);
    } catch (RuntimeException e) {
      LOG.warnf("Listing the snapshots of server %d failed: %s", ours.id(), Failures.describe(e));
    }
  }

  private ReconciliationReport reconcile(
      ReconciliationSteps.Connection connection, CloudProvider provider) {
    Map<String, UpstreamServer> upstream = new HashMap<>();
    provider.servers(connection.account()).forEach(s -> upstream.put(s.externalId(), s));
    int deleted = 0;
    int corrected = 0;
    for (ReconciliationSteps.Ours ours : steps.serversOn(connection.id())) {
      UpstreamServer found = upstream.remove(ours.externalId());
      if (ours.busy()) {
        continue;
      }
      ProviderServerState state =
          found != null ? found.state() : provider.state(connection.account(), ours.externalId());
      if (state.phase() == Phase.GONE) {
        deleted += steps.deletedUpstream(ours.id()) ? 1 : 0;
        continue;
      }
      corrected += steps.compare(ours.id(), state) ? 1 : 0;
      if (provider.measuresHourlyTraffic()) {
        readTraffic(connection, provider, ours);
      }
      if (ours.backupsWatched() && provider.offersBackups(connection.account().backupPlan())) {
        corrected += listBackups(connection, provider, ours) ? 1 : 0;
      }
      if (ours.hasSnapshots() && provider.offersSnapshots()) {
        listSnapshots(connection, provider, ours);
      }
    }
    Set<String> ourReferences = steps.referencesOn(connection.id(), connection.account());
    List<UpstreamServer> unknown = new ArrayList<>();
    for (UpstreamServer server : upstream.values()) {
      if (server.reference() == null || !ourReferences.contains(server.reference())) {
        unknown.add(server);
      }
    }
    steps.unknown(connection.id(), unknown);
    return new ReconciliationReport(1, deleted, corrected, unknown.size(), 0);
  }
}
