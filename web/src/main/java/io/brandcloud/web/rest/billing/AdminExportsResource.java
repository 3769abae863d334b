package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.DayRange;
import io.brandcloud.billing.application.Exports;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Every customer's invoices and ledger rows over a range of days, as CSV or an Excel workbook, for
 * staff with billing rights.
 */
@Path("/v1/admin/exports")
@ApplicationScoped
public class AdminExportsResource {

  @EJB Exports exports;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;
  @Inject DocumentReaders readers;

  @GET
  @Path("invoices.{format}")
  public Response invoices(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    SessionLogin staff = api.staff();
    exports.requireAllowed(null);
    DayRange range = downloads.range(from, to);
    var reader = readers.textsFor(staff);
    return downloads.download(
        "Invoices", range, format, table -> exports.invoices(range, reader, table));
  }

  @GET
  @Path("ledger.{format}")
  public Response ledger(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    SessionLogin staff = api.staff();
    exports.requireAllowed(null);
    DayRange range = downloads.range(from, to);
    var reader = readers.textsFor(staff);
    return downloads.download(
        "Ledger", range, format, table -> exports.ledger(range, reader, table));
  }
}
