package io.brandcloud.provisioning.volumes.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.application.GbMonthPrices;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeRepository;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The volumes of an organisation's server as the panel knows them: a page never waits on the
 * provider. Creating, attaching, detaching, growing and deleting one are server actions. The tenant
 * sells them at one price per GB and month.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServerVolumes {

  @EJB Servers servers;
  @Inject ServerRepository serverRows;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject VolumeRepository volumes;
  @Inject GbMonthPrices prices;
  @Inject MemberAccess members;

  public VolumesView of(long organisationId, long serverId) {
    servers.ofOrganisation(organisationId, serverId);
    Server server = serverRows.find(serverId).orElseThrow();
    Currency currency = CurrentTenant.require().currency();
    Optional<Money> price = gbMonthPrice();
    boolean offered =
        price.isPresent()
            && providers
                .of(connections.find(server.connectionId()).orElseThrow().type())
                .offersVolumes();
    return new VolumesView(
        offered,
        price.orElse(null),
        volumes.ofServer(serverId).stream().map(v -> VolumesView.Item.of(v, currency)).toList(),
        volumes.detachedIn(organisationId, server.connectionId(), server.region()).stream()
            .filter(v -> v.serverId() != serverId)
            .map(v -> VolumesView.Item.of(v, currency))
            .toList());
  }

  /** The name of one of the organisation's volumes, deleted ones too, e.g. for an action's log. */
  public Optional<String> nameOf(long organisationId, long volumeId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return volumes
        .find(volumeId)
        .filter(v -> v.organisationId() == organisationId)
        .map(Volume::name);
  }

  /** The tenant's price per GB and month; empty while it sells no volumes. */
  public Optional<Money> gbMonthPrice() {
    return prices.inCurrency(volumes.gbMonthPrice());
  }

  /** The price as staff who set it see it. */
  public Optional<Money> gbMonthPriceForStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return gbMonthPrice();
  }

  /**
   * Sets the price of volumes created from now on (those kept keep theirs); null stops selling
   * them, and the volumes kept are billed on until deleted.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Money> changePrice(BigDecimal gbMonthPrice, String actor) {
    prices.change("volumes", gbMonthPrice, actor, volumes::setGbMonthPrice);
    return gbMonthPrice();
  }
}
