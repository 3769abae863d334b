package io.brandcloud.privacy.domain;

import java.time.Instant;

/**
 * One copy of a person's data as the pages and the API show it.
 *
 * @param byStaff asked for by staff on the person's behalf
 * @param sizeBytes the archive's size once it is built
 */
public record DataExport(
    long id,
    long userId,
    boolean byStaff,
    DataExportStatus status,
    int sectionsDone,
    int sectionsTotal,
    Long sizeBytes,
    Instant requestedAt,
    Instant readyAt,
    Instant expiresAt,
    Instant downloadedAt,
    String failure) {

  /** How far the build is, 0 to 100. */
  public int percentDone() {
    if (status != DataExportStatus.REQUESTED && status != DataExportStatus.BUILDING) {
      return status == DataExportStatus.FAILED ? 0 : 100;
    }
    return sectionsTotal == 0 ? 0 : Math.min(99, sectionsDone * 100 / sectionsTotal);
  }

  /** READY, but its link has run out by {@code now}: it counts as expired. */
  public DataExport asOf(Instant now) {
    if (status == DataExportStatus.READY && expiresAt != null && !now.isBefore(expiresAt)) {
      return new DataExport(
          id,
          userId,
          byStaff,
          DataExportStatus.EXPIRED,
          sectionsDone,
          sectionsTotal,
          sizeBytes,
          requestedAt,
          readyAt,
          expiresAt,
          downloadedAt,
          failure);
    }
    return this;
  }
}
