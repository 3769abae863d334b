package io.brandcloud.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

  /** A {@code date} column comes back as {@link java.sql.Date} or {@link LocalDate}. */
  public static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
