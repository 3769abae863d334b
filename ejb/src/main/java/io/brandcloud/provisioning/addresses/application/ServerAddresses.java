package io.brandcloud.provisioning.addresses.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.application.GbMonthPrices;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.provisioning.addresses.domain.ExtraAddressRepository;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
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
import java.util.Optional;

/**
 * The extra IPv4 addresses of an organisation's server as the panel knows them: a page never waits
 * on the provider. Adding and releasing one are server actions. The tenant sells them at one price
 * per address and month.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServerAddresses {

  @EJB Servers servers;
  @Inject ServerRepository serverRows;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject ExtraAddressRepository addresses;
  @Inject GbMonthPrices prices;
  @Inject MemberAccess members;

  public AddressesView of(long organisationId, long serverId) {
    servers.ofOrganisation(organisationId, serverId);
    Server server = serverRows.find(serverId).orElseThrow();
    Currency currency = CurrentTenant.require().currency();
    Optional<Money> price = monthPrice();
    CloudProvider provider =
        providers.of(connections.find(server.connectionId()).orElseThrow().type());
    boolean offered = price.isPresent() && provider.offersExtraIpv4();
    List<ExtraAddress> extras = addresses.ofServer(serverId);
    return new AddressesView(
        offered,
        extras.size() >= provider.maxExtraIpv4(),
        price.orElse(null),
        extras.stream().map(a -> AddressesView.Item.of(a, currency)).toList());
  }

  /**
   * One of the organisation's extra addresses, released ones too, e.g. for an action's log; empty
   * for another's, or one the provider has not given yet.
   */
  public Optional<String> addressOf(long organisationId, long addressId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return addresses
        .find(addressId)
        .filter(a -> a.organisationId() == organisationId)
        .map(ExtraAddress::address);
  }

  /** The tenant's price per address and month; empty while it sells none. */
  public Optional<Money> monthPrice() {
    return prices.inCurrency(addresses.monthPrice());
  }

  /** The price as staff who set it see it. */
  public Optional<Money> monthPriceForStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return monthPrice();
  }

  /**
   * Sets the price of addresses added from now on (those kept keep theirs); null stops selling
   * them, and the addresses kept are billed on until released.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Money> changePrice(BigDecimal monthPrice, String actor) {
    prices.change("ipv4", "monthPrice", monthPrice, actor, addresses::setMonthPrice);
    return monthPrice();
  }
}
