package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.transfer.application.TransferPools;
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
 * What the reseller charges per GB of transfer above an organisation's monthly pool, once the month
 * has ended; no price charges none.
 */
@Path("/v1/admin/transfer-price")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTransferPriceResource {

  @EJB TransferPools pools;
  @Inject TenantApi api;

  /** The price per GB above the pool; {@code null}: none is charged. */
  public record TransferPrice(ApiMoney gbPrice) {
    static TransferPrice of(Optional<Money> price) {
      return new TransferPrice(price.map(ApiMoney::of).orElse(null));
    }
  }

  /** A new price per GB above the pool; {@code null} charges none. */
  public record Change(BigDecimal gbPrice) {}

  @GET
  public TransferPrice current() {
    api.staff();
    return TransferPrice.of(pools.overageGbPriceForStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public TransferPrice change(Change body) {
    String actor = api.staff().name();
    return TransferPrice.of(pools.changeOveragePrice(RequestBodies.require(body).gbPrice(), actor));
  }
}
