package io.brandcloud.web.rest.exports;

import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.exports.domain.PreparedExportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An export being prepared as the API shows it: {@code status} is requested, building, ready,
 * expired or failed; {@code download} is the file's address while it is ready.
 */
public record ApiPreparedExport(
    long id,
    String table,
    String format,
    LocalDate from,
    LocalDate to,
    String status,
    long rowsWritten,
    Long sizeBytes,
    String fileName,
    String download,
    Instant requestedAt,
    Instant readyAt,
    Instant expiresAt,
    String failure) {

  public static ApiPreparedExport of(PreparedExport export, String apiBase) {
    boolean ready = export.status() == PreparedExportStatus.READY;
    return new ApiPreparedExport(
        export.id(),
        export.table().wireName(),
        export.format().extension(),
        export.range().from(),
        export.range().to(),
        export.status().name().toLowerCase(Locale.ROOT),
        export.rowsWritten(),
        export.sizeBytes(),
        export.fileName(),
        ready ? apiBase + "/api/v1/admin/exports/prepared/" + export.id() + "/file" : null,
        export.requestedAt(),
        export.readyAt(),
        export.expiresAt(),
        export.failure());
  }
}
