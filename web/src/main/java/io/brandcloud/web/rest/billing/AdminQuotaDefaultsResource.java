package io.brandcloud.web.rest.billing;

import io.brandcloud.settings.Quotas;
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

/**
 * The limits on what every customer without limits of their own orders; an order beyond one is
 * refused with 409 {@code quota_exceeded} naming it.
 */
@Path("/v1/admin/quota-defaults")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminQuotaDefaultsResource {

  @EJB Quotas quotas;
  @Inject TenantApi api;

  /** The defaults from now on: null is no limit. */
  public record DefaultsChange(Integer maxServers, BigDecimal maxMonthlySpend) {}

  @GET
  public ApiQuotas defaults() {
    api.staff();
    return ApiQuotas.of(quotas.defaults());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiQuotas change(DefaultsChange body) {
    api.staff();
    DefaultsChange change = RequestBodies.require(body);
    return ApiQuotas.of(quotas.changeDefaults(change.maxServers(), change.maxMonthlySpend()));
  }
}
