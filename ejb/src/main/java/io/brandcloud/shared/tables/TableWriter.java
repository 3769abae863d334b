package io.brandcloud.shared.tables;

/**
 * A table written row by row: values are text, numbers ({@link java.math.BigDecimal} amounts
 * exactly), days ({@link java.time.LocalDate}), moments in the reader's time zone ({@link
 * java.time.LocalDateTime}) or nothing (null).
 */
public interface TableWriter {

  void header(String... names);

  void row(Object... values);

  /** Ends the table; the stream stays open for its owner to close. */
  void finish();
}
