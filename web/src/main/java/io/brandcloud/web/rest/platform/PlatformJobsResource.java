package io.brandcloud.web.rest.platform;

import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.JobRun;
import io.brandcloud.platform.domain.OperatorJobs;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Operators start a charging run for a point in time and follow job executions. */
@Path("/platform/v1/jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformJobsResource {

  @EJB OperatorJobs jobs;
  @EJB JobReports reports;
  @Inject TenantApi api;

  /** The point in time to charge up to (an ISO-8601 instant). */
  public record ChargingRequest(String chargeAt) {}

  @POST
  @Path("hourly-charging")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response charge(ChargingRequest request) {
    api.operator();
    ChargingRequest body = RequestBodies.require(request);
    Instant at;
    try {
      at = Instant.parse(body.chargeAt() == null ? "" : body.chargeAt());
    } catch (DateTimeParseException e) {
      throw BrandcloudException.invalid(
          "chargeAt", "chargeAt is an ISO-8601 instant, e.g. 2026-11-21T10:00:00Z");
    }
    return accepted(jobs.startHourlyChargingNow(at));
  }

  /** The month to invoice, {@code YYYY-MM}. */
  public record InvoicingRequest(String month) {}

  @POST
  @Path("invoicing")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invoice(InvoicingRequest request) {
    api.operator();
    InvoicingRequest body = RequestBodies.require(request);
    YearMonth month;
    try {
      month = YearMonth.parse(body.month() == null ? "" : body.month());
    } catch (DateTimeParseException e) {
      throw BrandcloudException.invalid("month", "month is YYYY-MM, e.g. 2026-10");
    }
    return accepted(jobs.startInvoicingNow(month));
  }

  /** Renews every tenant's subscriptions whose paid time is over, now. */
  @POST
  @Path("subscription-renewals")
  public Response renewSubscriptions() {
    api.operator();
    return accepted(jobs.startSubscriptionRenewalsNow());
  }

  @GET
  @Path("executions/{id}")
  public JobRun execution(@PathParam("id") long id) {
    api.operator();
    return jobs.run(id).orElseThrow(() -> BrandcloudException.notFound("Job execution " + id));
  }

  private Response accepted(long execution) {
    return Response.accepted(jobs.run(execution).orElseThrow()).build();
  }

  @GET
  @Path("hourly-charging/runs")
  public List<ChargingRunReport> chargingRuns(@QueryParam("limit") Integer limit) {
    api.operator();
    int size = limit == null ? 100 : Math.max(1, Math.min(limit, 5000));
    return reports.recentChargingRuns(size);
  }
}
