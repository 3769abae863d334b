package io.brandcloud.exports.domain;

import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.tables.TableFormat;
import java.time.Instant;

/**
 * An export someone asked to have prepared: which table over which days, how many rows are written
 * so far, and until when the file can be downloaded (a ready file whose day is over reads as
 * expired).
 *
 * @param requestedBy the staff member who asked, the only one who may download it
 * @param language the language its texts are written in
 */
public record PreparedExport(
    long id,
    long requestedBy,
    ExportTable table,
    TableFormat format,
    DayRange range,
    String language,
    PreparedExportStatus status,
    long rowsWritten,
    Long sizeBytes,
    Instant requestedAt,
    Instant readyAt,
    Instant expiresAt,
    String failure) {

  public String fileName() {
    return format.fileName(table.sheet(), range);
  }
}
