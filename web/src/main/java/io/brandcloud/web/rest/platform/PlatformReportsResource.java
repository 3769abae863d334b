package io.brandcloud.web.rest.platform;

import io.brandcloud.billing.application.TenantRevenues;
import io.brandcloud.billing.application.TenantRevenues.TenantRevenue;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.billing.AdminReportsResource;
import io.brandcloud.web.rest.billing.AdminReportsResource.ApiRevenuePeriod;
import io.brandcloud.web.rest.billing.TableDownloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For operators, what each tenant earned over the same days ({@code from}, {@code to}; a year up to
 * today, UTC, by default), each in its own currency and time zone; a tenant whose figures could not
 * be read has none.
 */
@Path("/platform/v1/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformReportsResource {

  @EJB TenantRevenues revenues;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;

  /** A tenant's revenue over the days: its totals, or null where they could not be read. */
  public record ApiTenantRevenue(
      String tenant, String name, String status, ApiRevenuePeriod total) {
    static ApiTenantRevenue of(TenantRevenue r) {
      return new ApiTenantRevenue(
          r.slug(), r.name(), r.status(), r.total().map(ApiRevenuePeriod::of).orElse(null));
    }
  }

  public record ApiTenantRevenues(LocalDate from, LocalDate to, List<ApiTenantRevenue> tenants) {}

  /** An unread tenant's columns: no figures, its currency. */
  private static List<Object> unread(TenantRevenue r) {
    List<Object> columns =
        new ArrayList<>(Collections.nCopies(AdminReportsResource.REVENUE_COLUMNS.size() - 1, null));
    columns.add(r.currency().getCurrencyCode());
    return columns;
  }

  @GET
  @Path("revenue")
  public ApiTenantRevenues revenue(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.operator();
    DayRange range = downloads.range(from, to, ZoneOffset.UTC);
    return new ApiTenantRevenues(
        range.from(),
        range.to(),
        revenues.between(range).stream().map(ApiTenantRevenue::of).toList());
  }

  /** The same, a line per tenant. */
  @GET
  @Path("revenue.csv")
  public Response revenueCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    api.operator();
    DayRange range = downloads.range(from, to, ZoneOffset.UTC);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    TableWriter table = TableFormat.CSV.writer(csv, "Revenue");
    List<String> header = new ArrayList<>(List.of("tenant", "name", "status"));
    header.addAll(AdminReportsResource.REVENUE_COLUMNS);
    table.header(header.toArray(String[]::new));
    for (TenantRevenue r : revenues.between(range)) {
      List<Object> row = new ArrayList<>(List.of(r.slug(), r.name(), r.status()));
      row.addAll(r.total().map(AdminReportsResource::revenueColumns).orElseGet(() -> unread(r)));
      table.row(row.toArray());
    }
    table.finish();
    return AdminReportsResource.csvOf(csv, "tenant-revenue", range);
  }
}
