package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.domain.StoredTaxRule;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/** The tenant's tax rules; changes apply to invoices issued afterwards. */
@Path("/v1/admin/tax-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTaxRulesResource {

  @EJB TaxRules taxRules;
  @Inject TenantApi api;

  /** A tax rule on the wire; the rate in percent (e.g. 19 or 9.975). */
  public record ApiTaxRule(
      Long id,
      String country,
      String region,
      String name,
      BigDecimal ratePercent,
      Boolean compound,
      Boolean reverseCharge,
      Integer position) {
    static ApiTaxRule of(StoredTaxRule stored) {
      TaxRule r = stored.rule();
      return new ApiTaxRule(
          stored.id(),
          r.country(),
          r.region(),
          r.name(),
          r.ratePercent().stripTrailingZeros(),
          r.compound(),
          r.reverseCharge(),
          r.position());
    }

    TaxRule rule() {
      return new TaxRule(
          country,
          region,
          name,
          ratePercent,
          Boolean.TRUE.equals(compound),
          Boolean.TRUE.equals(reverseCharge),
          position == null ? 1 : position);
    }
  }

  @GET
  public List<ApiTaxRule> list() {
    api.staff();
    return taxRules.list().stream().map(ApiTaxRule::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(ApiTaxRule body) {
    String actor = api.staff().name();
    StoredTaxRule added = taxRules.add(RequestBodies.require(body).rule(), actor);
    return Response.status(Response.Status.CREATED).entity(ApiTaxRule.of(added)).build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    taxRules.remove(id, api.staff().name());
    return Response.noContent().build();
  }
}
