package io.brandcloud.provisioning.addresses.application;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.addresses.domain.AddressStatus;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.provisioning.addresses.domain.ExtraAddressRepository;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * An address action checked before it is queued, in the asking transaction (the server's row is
 * locked, so two asking at once cannot pass the limit): an address to add is kept as being added,
 * one to release is billed no more from now. The action's parameter is the address's id.
 */
@ApplicationScoped
public class AddressRequests {

  @Inject ExtraAddressRepository addresses;
  @Inject ApplicationClock clock;
  @EJB ProviderConnections connections;

  /** The parameter an address action is queued with. */
  public String parameter(Server server, ServerActionType type, String address) {
    return switch (type) {
      case ADD_IPV4 -> String.valueOf(add(server));
      case REMOVE_IPV4 -> String.valueOf(remove(server, address));
      default -> throw new IllegalArgumentException(type + " is no address action");
    };
  }

  /**
   * How many extra addresses an order may ask for on a plan of {@code connectionId}: none, or up to
   * the most a server has where the provider adds them and the tenant sells them.
   */
  public int requireOrderable(long connectionId, int count) {
    if (count == 0) {
      return 0;
    }
    if (count < 0) {
      throw BrandcloudException.invalid("extraIpv4", "extraIpv4 is 0 or more");
    }
    if (addresses.monthPrice().isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Extra IPv4 addresses are not sold here; ask support to offer them");
    }
    if (!connections.offersExtraIpv4(connectionId)) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED, "The provider of this plan", "extra IPv4 addresses");
    }
    int most = connections.maxExtraIpv4(connectionId);
    if (count > most) {
      throw BrandcloudException.invalid(
          "extraIpv4", "extraIpv4 is at most " + most + " on this plan's provider");
    }
    return count;
  }

  /** What {@code count} extra addresses cost an hour at today's price; zero where none are sold. */
  public BigDecimal hourlyPriceOf(int count) {
    return addresses
        .monthPrice()
        .map(price -> ExtraAddress.hourlyPrice(price).multiply(BigDecimal.valueOf(count)))
        .orElse(BigDecimal.ZERO);
  }

  private long add(Server server) {
    BigDecimal price =
        addresses
            .monthPrice()
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        "Extra IPv4 addresses are not sold here; ask support to offer them"));
    int most = connections.maxExtraIpv4(server.connectionId());
    if (addresses.ofServer(server.id()).size() >= most) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "This server's provider gives it at most "
              + most
              + " extra IPv4 address"
              + (most == 1 ? "" : "es")
              + "; release one first");
    }
    return addresses.add(server.organisationId(), server.id(), price, clock.now());
  }

  /** Billed no more from now: the customer asked for it to go. */
  private long remove(Server server, String address) {
    String wanted = address == null ? "" : address.strip();
    if (wanted.isEmpty()) {
      throw BrandcloudException.invalid("address", "address is required");
    }
    ExtraAddress extra =
        addresses
            .findForUpdate(server.id(), wanted)
            .orElseThrow(() -> BrandcloudException.notFound("Extra address " + wanted));
    if (extra.status() != AddressStatus.ACTIVE) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The address " + wanted + " is being released already");
    }
    addresses.removing(extra.id(), clock.now());
    return extra.id();
  }
}
