package io.brandcloud.web.rest.catalog;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/** The reseller's plans and their prices; a change reaches running servers at the next hour. */
@Path("/v1/admin/plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPlansResource {

  @EJB PlanCatalog catalog;
  @EJB Servers servers;
  @Inject TenantApi api;

  /** A plan on the wire. */
  public record ApiPlan(
      long id,
      String name,
      long connectionId,
      String providerPlanCode,
      ApiMoney providerMonthlyCost,
      BigDecimal markupPercent,
      ApiMoney monthlyPrice,
      ApiMoney hourlyPrice,
      ApiMoney backupMonthlyPrice,
      boolean backupsOffered,
      boolean active) {
    /**
     * @param backupsOffered whether customers can order the add-on: priced, and the plan's provider
     *     can switch backups on
     */
    static ApiPlan of(PlanView p, boolean backupsOffered) {
      return new ApiPlan(
          p.id(),
          p.name(),
          p.connectionId(),
          p.providerPlanCode(),
          ApiMoney.of(p.providerMonthlyCost()),
          p.markupPercent(),
          ApiMoney.of(p.monthlyPrice()),
          ApiMoney.of(p.hourlyPrice()),
          p.backupMonthlyPrice() == null ? null : ApiMoney.of(p.backupMonthlyPrice()),
          backupsOffered,
          p.active());
    }
  }

  /** A provider plan of a connection to sell under a name, with a markup on its cost. */
  public record NewPlan(
      Long connectionId, String providerPlanCode, String name, BigDecimal markupPercent) {}

  /**
   * New prices; a field left out stays, a negative backup price stops offering backups; {@code
   * "active": false} retires the plan (no new servers on it), {@code true} offers it again.
   */
  public record PriceChange(
      BigDecimal markupPercent, BigDecimal backupMonthlyPrice, Boolean active) {}

  @GET
  public List<ApiPlan> list() {
    api.staff();
    return catalog.all().stream().map(this::view).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewPlan body) {
    api.staff();
    NewPlan plan = RequestBodies.require(body);
    if (plan.connectionId() == null) {
      throw BrandcloudException.invalid("connectionId", "connectionId is required");
    }
    PlanView created =
        catalog.create(
            plan.connectionId(), plan.providerPlanCode(), plan.name(), plan.markupPercent());
    return Response.status(Response.Status.CREATED).entity(view(created)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiPlan change(@PathParam("id") long id, PriceChange body) {
    String actor = api.staff().name();
    PriceChange change = RequestBodies.require(body);
    PlanView plan =
        change.markupPercent() == null && change.backupMonthlyPrice() == null
            ? catalog.plan(id)
            : catalog.changePricing(id, change.markupPercent(), change.backupMonthlyPrice(), actor);
    if (change.active() != null) {
      plan = catalog.offer(id, change.active(), actor);
    }
    return view(plan);
  }

  private ApiPlan view(PlanView plan) {
    return ApiPlan.of(plan, servers.backupsOffered(plan));
  }
}
