package io.brandcloud.privacy.domain;

/** Where a data export stands; only {@link #READY} can be downloaded. */
public enum DataExportStatus {
  REQUESTED,
  BUILDING,
  READY,
  DOWNLOADED,
  EXPIRED,
  FAILED;

  /** Waiting for the worker or being built: the person cannot ask for another meanwhile. */
  public boolean isOpen() {
    return this == REQUESTED || this == BUILDING;
  }
}
