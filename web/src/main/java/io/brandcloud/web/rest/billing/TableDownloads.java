package io.brandcloud.web.rest.billing;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.SpoolFiles;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.TenantApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Exported tables as downloads: the range and format are checked before anything is sent; the table
 * is written as the database reads it, as the caller who asked, in their tenant, into a file only
 * the server's user reads, and sent from there once the query is done, so a slow client holds no
 * database connection or transaction, and an export that fails sends nothing.
 */
@ApplicationScoped
public class TableDownloads {

  @Inject TenantApi api;
  @Inject ApplicationClock clock;

  /** The days asked for ({@code from}, {@code to}: ISO dates; a year up to today by default). */
  public DayRange range(String from, String to) {
    return range(from, to, api.tenant().timeZone());
  }

  /** The days asked for, a year up to today in {@code zone} by default. */
  public DayRange range(String from, String to, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(clock.now(), zone);
    return DayRange.of(day("from", from), day("to", to), today);
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
      String name, DayRange range, String format, Consumer<TableWriter> write) {
    TableFormat table = TableFormat.of(format);
    TenantContext tenant = CurrentTenant.require();
    Caller caller = CurrentCaller.require();
    StreamingOutput body =
        out -> {
          Path spool = SpoolFiles.create("brandcloud-export-", "." + table.extension());
          try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(spool))) {
              CurrentTenant.runAs(
                  tenant,
                  () -> CurrentCaller.runAs(caller, () -> write.accept(table.writer(file, name))));
            }
            Files.copy(spool, out);
          } finally {
            Files.deleteIfExists(spool);
          }
        };
    return Response.ok(body, table.mediaType())
        .header(
            "Content-Disposition", "attachment; filename=\"" + table.fileName(name, range) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
