package io.brandcloud.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads values out of native-query result rows, whose Java types depend on the query path. */
public final class SqlValues {

  private SqlValues() {}

  /**
   * A whole number column or count: PostgreSQL's {@code int}, {@code bigint} and {@code numeric}
   * come back as Integer, Long, BigInteger or BigDecimal depending on the column and the query.
   */
  public static long toLong(Object value) {
    return ((Number) value).longValue();
  }

  public static int toInt(Object value) {
    return ((Number) value).intValue();
  }

  /** A nullable whole number column. */
  public static Long longOrNull(Object value) {
    return value == null ? null : toLong(value);
  }

  public static Integer intOrNull(Object value) {
    return value == null ? null : toInt(value);
  }

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
