package io.brandcloud.provisioning.snapshots.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.application.GbMonthPrices;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshots of an organisation's server as its provider last listed them (after each snapshot
 * action and at the hourly reconciliation): a page never waits on the provider. Taking, restoring
 * and deleting one are server actions. The tenant sells them at one price per GB and month.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServerSnapshots {

  @EJB Servers servers;
  @Inject ServerRepository serverRows;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject SnapshotRepository snapshots;
  @Inject GbMonthPrices prices;
  @Inject MemberAccess members;

  public SnapshotsView of(long organisationId, long serverId) {
    servers.ofOrganisation(organisationId, serverId);
    Currency currency = CurrentTenant.require().currency();
    Optional<Money> price = gbMonthPrice();
    return new SnapshotsView(
        price.isPresent() && providerOf(serverId).offersSnapshots(),
        price.orElse(null),
        snapshots.kept(serverId).stream().map(s -> SnapshotsView.Item.of(s, currency)).toList(),
        Map.copyOf(snapshots.names(serverId)));
  }

  /**
   * The snapshots a new server on {@code connectionId} can be built from: those the organisation's
   * servers there keep, where the provider builds from snapshots.
   */
  public List<SnapshotsView.Item> toBuildFrom(long organisationId, long connectionId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    if (!providers.of(connections.find(connectionId).orElseThrow().type()).buildsFromSnapshots()) {
      return List.of();
    }
    Currency currency = CurrentTenant.require().currency();
    return snapshots.keptBy(organisationId, connectionId).stream()
        .map(s -> SnapshotsView.Item.of(s, currency))
        .toList();
  }

  /**
   * The name of a snapshot the organisation's servers have or had, e.g. one a server was built
   * from.
   */
  public Optional<String> nameOf(long organisationId, String snapshotId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return snapshots.nameOf(organisationId, snapshotId);
  }

  /** The tenant's price per GB and month; empty while it sells no snapshots. */
  public Optional<Money> gbMonthPrice() {
    return prices.inCurrency(snapshots.gbMonthPrice());
  }

  /** The price as staff who set it see it. */
  public Optional<Money> gbMonthPriceForStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return gbMonthPrice();
  }

  /**
   * Sets the price of snapshots taken from now on (those kept keep theirs); null stops selling
   * them, and the snapshots kept are billed on until deleted.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Money> changePrice(BigDecimal gbMonthPrice, String actor) {
    prices.change("snapshots", gbMonthPrice, actor, snapshots::setGbMonthPrice);
    return gbMonthPrice();
  }

  private CloudProvider providerOf(long serverId) {
    long connectionId = serverRows.find(serverId).orElseThrow().connectionId();
    return providers.of(connections.find(connectionId).orElseThrow().type());
  }
}
