package io.brandcloud.shared.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 4180 CSV in UTF-8: text quoted, and a text that a spreadsheet would run as a formula (it
 * starts with = + - @, a tab or a carriage return) led by an apostrophe, since customers write some
 * of it.
 */
final class CsvTableWriter implements TableWriter {

  /** A moment as spreadsheets read it: to the second, always. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Writer out;

  CsvTableWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void header(String... names) {
    line(names);
  }

  @Override
  public void row(Object... values) {
    line(values);
  }

  private void line(Object[] values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(values[i]));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof LocalDateTime time) {
      return time.format(TIME);
    }
    if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
      return value.toString();
    }
    String text = value.toString();
    boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    return '"' + (formula ? "'" + text : text).replace("\"", "\"\"") + '"';
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
