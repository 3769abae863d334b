package io.brandcloud.web.rest.privacy;

import io.brandcloud.privacy.domain.DataExport;
import java.time.Instant;
import java.util.Locale;

/**
 * A copy of a person's data as the API shows it: {@code status} is requested, building, ready,
 * downloaded, expired or failed; the link itself only ever goes by mail.
 */
public record ApiDataExport(
    long id,
    String status,
    int percentDone,
    boolean byStaff,
    Long sizeBytes,
    Instant requestedAt,
    Instant readyAt,
    Instant expiresAt,
    Instant downloadedAt) {

  public static ApiDataExport of(DataExport export) {
    return new ApiDataExport(
        export.id(),
        export.status().name().toLowerCase(Locale.ROOT),
        export.percentDone(),
        export.byStaff(),
        export.sizeBytes(),
        export.requestedAt(),
        export.readyAt(),
        export.expiresAt(),
        export.downloadedAt());
  }
}
