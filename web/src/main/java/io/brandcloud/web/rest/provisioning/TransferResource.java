package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.provisioning.transfer.domain.TransferMonth;
import io.brandcloud.shared.Money;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;

/** The active organisation's transfer pool this month. */
@Path("/v1/transfer")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

  @EJB TransferPools pools;
  @Inject TenantApi api;

  /**
   * The month ({@code 2026-11}), what its servers' plans include, what they sent out so far and at
   * this pace by the month's end, in GB (10⁹ bytes), the share used in whole percent, and what a GB
   * above the pool costs at the month's end ({@code null}: nothing).
   */
  public record ApiTransfer(
      String month,
      BigDecimal includedGb,
      BigDecimal usedGb,
      BigDecimal projectedGb,
      int percentUsed,
      ApiMoney overageGbPrice) {
    static ApiTransfer of(TransferMonth month, Optional<Money> overageGbPrice) {
      return new ApiTransfer(
          month.month().toString(),
          month.includedGb(),
          month.usedGb(),
          month.projectedGb(),
          month.percentUsed(),
          overageGbPrice.map(ApiMoney::of).orElse(null));
    }
  }

  @GET
  public ApiTransfer thisMonth() {
    return ApiTransfer.of(
        pools.thisMonth(api.activeOrganisation().organisationId()), pools.overageGbPrice());
  }
}
