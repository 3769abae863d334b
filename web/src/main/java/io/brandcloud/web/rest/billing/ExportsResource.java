package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.Exports;
import io.brandcloud.shared.DayRange;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The transactions of the organisation the caller acts in, as CSV or an Excel workbook. */
@Path("/v1/exports")
@ApplicationScoped
public class ExportsResource {

  @EJB Exports exports;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;
  @Inject DocumentReaders readers;

  @GET
  @Path("transactions.{format}")
  public Response transactions(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    TenantApi.OrganisationCaller caller = api.activeOrganisation();
    long organisation = caller.organisationId();
    exports.requireAllowed(organisation);
    DayRange range = downloads.range(from, to);
    var reader = readers.textsFor(caller.login());
    return downloads.download(
        "Transactions",
        range,
        format,
        table -> exports.transactions(organisation, range, reader, table));
  }
}
