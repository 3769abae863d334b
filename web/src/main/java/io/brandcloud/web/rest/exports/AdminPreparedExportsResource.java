package io.brandcloud.web.rest.exports;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.exports.application.PreparedExports;
import io.brandcloud.exports.application.PreparedExports.Download;
import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.billing.TableDownloads;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * Exports prepared in the background, for staff with the rights of the table's download: asked for
 * (202), followed (rows written so far), and downloaded by whoever asked while the file is kept.
 */
@Path("/v1/admin/exports/prepared")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPreparedExportsResource {

  @EJB PreparedExports exports;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;
  @Inject DocumentReaders readers;

  /** What to prepare: {@code table} (ledger, invoices …), {@code format} (csv, xlsx), days. */
  public record Request(String table, String format, String from, String to) {}

  @GET
  public List<ApiPreparedExport> list() {
    api.staff();
    String base = api.portalBase();
    return exports.mine().stream().map(e -> ApiPreparedExport.of(e, base)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(Request body) {
    SessionLogin staff = api.staff();
    Request request = RequestBodies.require(body);
    if (request.table() == null || request.table().isBlank()) {
      throw BrandcloudException.invalid("table", "table is required");
    }
    ExportTable table = ExportTable.of(request.table().strip());
    TableFormat format = TableFormat.of(request.format() == null ? "" : request.format().strip());
    PreparedExport prepared =
        exports.request(
            table,
            format,
            downloads.range(request.from(), request.to()),
            readers.textsFor(staff).locale());
    return Response.accepted(ApiPreparedExport.of(prepared, api.portalBase())).build();
  }

  @GET
  @Path("{id}")
  public ApiPreparedExport get(@PathParam("id") long id) {
    api.staff();
    return ApiPreparedExport.of(exports.get(id), api.portalBase());
  }

  /** The file, chunk by chunk, each read in a short transaction of its own. */
  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id) {
    api.staff();
    Download download = exports.open(id);
    TenantContext tenant = CurrentTenant.require();
    Caller caller = CurrentCaller.require();
    StreamingOutput body =
        out -> {
          for (int position = 0; position < download.chunks(); position++) {
            int next = position;
            out.write(
                CurrentTenant.supplyAs(
                    tenant,
                    () -> CurrentCaller.supplyAs(caller, () -> exports.chunk(download, next))));
          }
        };
    return Response.ok(body, download.mediaType())
        .header("Content-Length", download.size())
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
