package io.brandcloud.provisioning.reconciliation.application;

import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
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
 * for staff to import or ignore. Servers with actions under way are left alone this time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProviderReconciliation {

  private static final Logger LOG = Logger.getLogger(ProviderReconciliation.class);

  @EJB ReconciliationSteps steps;
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
      if (ours.backupsWatched() && provider.offersBackups()) {
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
