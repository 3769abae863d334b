package io.brandcloud.exports.domain;

/** Where a prepared export stands; only {@link #READY} can be downloaded. */
public enum PreparedExportStatus {
  REQUESTED,
  BUILDING,
  READY,
  EXPIRED,
  FAILED;

  /** Waiting for the worker or being written: the page follows it. */
  public boolean isOpen() {
    return this == REQUESTED || this == BUILDING;
  }
}
