package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
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
 * What the reseller charges for snapshots, per GB and month: snapshots taken from then on cost
 * that; no price sells none.
 */
@Path("/v1/admin/snapshot-price")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSnapshotPriceResource {

  @EJB ServerSnapshots snapshots;
  @Inject TenantApi api;

  /** The price per GB and month; {@code null}: snapshots are not sold. */
  public record SnapshotPrice(ApiMoney gbMonthPrice) {
    static SnapshotPrice of(Optional<Money> price) {
      return new SnapshotPrice(price.map(ApiMoney::of).orElse(null));
    }
  }

  /** A new price per GB and month; {@code null} stops selling snapshots. */
  public record PriceChange(BigDecimal gbMonthPrice) {}

  @GET
  public SnapshotPrice current() {
    api.staff();
    return SnapshotPrice.of(snapshots.gbMonthPriceForStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SnapshotPrice change(PriceChange body) {
    String actor = api.staff().name();
    return SnapshotPrice.of(
        snapshots.changePrice(RequestBodies.require(body).gbMonthPrice(), actor));
  }
}
