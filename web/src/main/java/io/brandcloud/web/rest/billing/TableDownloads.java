package io.brandcloud.web.rest.billing;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.Exports;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.TenantApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Exported tables as downloads: the range and format are checked before anything is sent, and the
 * table is written into the response as the database reads it, as the caller who asked, in their
 * tenant.
 */
@ApplicationScoped
public class TableDownloads {

  @Inject TenantApi api;
  @Inject ApplicationClock clock;

  /** The days asked for ({@code from}, {@code to}: ISO dates; a year up to today by default). */
  public Exports.Range range(String from, String to) {
    LocalDate today = LocalDate.ofInstant(clock.now(), api.tenant().timeZone());
    return Exports.Range.of(day("from", from), day("to", to), today);
  }

  private static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BrandcloudException.invalid(field, field + " is a day such as 2026-01-31");
    }
  }

  public Response download(
      String name, Exports.Range range, String format, Consumer<TableWriter> write) {
    TableFormat table = TableFormat.of(format);
    TenantContext tenant = CurrentTenant.require();
    Caller caller = CurrentCaller.require();
    StreamingOutput body =
        out ->
            CurrentTenant.runAs(
                tenant,
                () -> CurrentCaller.runAs(caller, () -> write.accept(table.writer(out, name))));
    return Response.ok(body, table.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + name.toLowerCase(java.util.Locale.ROOT)
                + "-"
                + range.from()
                + "-"
                + range.to()
                + "."
                + table.extension()
                + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
