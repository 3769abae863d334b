package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.shared.Money;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the reseller charges for an extra IPv4 address a month: addresses added from then on cost
 * that; no price sells none.
 */
@Path("/v1/admin/ipv4-price")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminIpv4PriceResource {

  @EJB ServerAddresses addresses;
  @Inject TenantApi api;

  /** A price per address and month; {@code null}: not sold. */
  public record ApiIpv4Price(ApiMoney monthPrice) {

    static ApiIpv4Price of(Optional<Money> price) {
      return new ApiIpv4Price(price.map(ApiMoney::of).orElse(null));
    }
  }

  /** A new price per address and month; {@code null} stops selling them. */
  public record Change(BigDecimal monthPrice) {}

  @GET
  public ApiIpv4Price current() {
    api.staff();
    return ApiIpv4Price.of(addresses.monthPriceForStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiIpv4Price change(Change body) {
    String actor = api.staff().name();
    return ApiIpv4Price.of(addresses.changePrice(RequestBodies.require(body).monthPrice(), actor));
  }
}
