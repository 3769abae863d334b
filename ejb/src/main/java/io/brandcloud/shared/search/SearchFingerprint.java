package io.brandcloud.shared.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a source holds, in three numbers the database answers cheaply: how many rows, the newest
 * change, and the sum of every row's change time in microseconds. Any insert, change or delete
 * moves at least one of them, so an index with the same fingerprint holds the same rows.
 *
 * @param newest null when the source is empty
 */
public record SearchFingerprint(long count, Instant newest, long checksum) {

  public static final SearchFingerprint EMPTY = new SearchFingerprint(0, null, 0);

  static long micros(Instant time) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, time);
  }
}
