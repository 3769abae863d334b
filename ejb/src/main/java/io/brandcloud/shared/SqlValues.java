package io.brandcloud.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads values out of native-query result rows, whose Java types depend on the query path. */
public final class SqlValues {

  private SqlValues() {}

  /** Hibernate hands a {@code timestamptz} column back as Instant, OffsetDateTime or Timestamp. */
  public static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
