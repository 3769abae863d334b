package io.brandcloud.web.rest.billing;

import io.brandcloud.settings.Quotas;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's limits on what they order: their own, which replace the tenant's defaults, or the
 * defaults again.
 */
@Path("/v1/admin/customers/{id}/quotas")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCustomerQuotasResource {

  @EJB Quotas quotas;
  @Inject TenantApi api;

  /**
   * The customer's own limits (null: no limit; {@code productIds} left out: every product), or
   * {@code "useDefaults": true} to follow the tenant's again.
   */
  public record QuotasChange(
      Boolean useDefaults, Integer maxServers, BigDecimal maxMonthlySpend, List<Long> productIds) {}

  @GET
  public ApiQuotas of(@PathParam("id") long id) {
    api.staff();
    return ApiQuotas.of(quotas.of(id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiQuotas change(@PathParam("id") long id, QuotasChange body) {
    api.staff();
    QuotasChange change = RequestBodies.require(body);
    if (change.useDefaults() == null) {
      throw BrandcloudException.invalid("useDefaults", "useDefaults is true or false");
    }
    return ApiQuotas.of(
        quotas.change(
            id,
            change.useDefaults(),
            change.maxServers(),
            change.maxMonthlySpend(),
            change.productIds()));
  }
}
