package io.brandcloud.shared.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook written as it goes (FastExcel): rows are flushed every {@value #FLUSH_EVERY}
 * and text is written inline, so memory holds a few hundred rows whatever the export; a table
 * longer than a sheet allows goes on in another sheet under the same header. Amounts are numbers,
 * days are dates.
 */
final class XlsxTableWriter implements TableWriter {

  /** Excel's rows per sheet, the header included. */
  static final int ROWS_PER_SHEET = 1_048_576;

  private static final int FLUSH_EVERY = 500;
  private static final String DAY = "yyyy-mm-dd";
  private static final String TIME = "yyyy-mm-dd hh:mm:ss";

  private final Workbook workbook;
  private final String name;
  private Worksheet sheet;
  private String[] header = new String[0];
  private int sheets;
  private int row;

  private final int rowsPerSheet;

  XlsxTableWriter(OutputStream out, String name) {
    this(out, name, ROWS_PER_SHEET);
  }

  XlsxTableWriter(OutputStream out, String name, int rowsPerSheet) {
    this.workbook = new Workbook(out, "Brandcloud", "1.0");
    this.name = name;
    this.rowsPerSheet = rowsPerSheet;
    nextSheet();
  }

  @Override
  public void header(String... names) {
    header = names.clone();
    writeHeader();
  }

  private void writeHeader() {
    for (int column = 0; column < header.length; column++) {
      sheet.value(row, column, header[column]);
    }
    if (header.length > 0) {
      sheet.range(row, 0, row, header.length - 1).style().bold().set();
    }
    row++;
  }

  @Override
  public void row(Object... values) {
    if (row == rowsPerSheet) {
      finishSheet();
      nextSheet();
      writeHeader();
    }
    for (int column = 0; column < values.length; column++) {
      Object value = values[column];
      if (value == null) {
        continue;
      }
      if (value instanceof BigDecimal amount) {
        sheet.value(row, column, amount);
      } else if (value instanceof Number number) {
        sheet.value(row, column, number);
      } else if (value instanceof LocalDate day) {
        sheet.value(row, column, day);
        sheet.style(row, column).format(DAY).set();
      } else if (value instanceof LocalDateTime time) {
        sheet.value(row, column, time);
        sheet.style(row, column).format(TIME).set();
      } else {
        // inline, not shared: a workbook's shared strings stay in memory until it is finished
        sheet.inlineString(row, column, value.toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      flush();
    }
  }

  private void nextSheet() {
    sheets++;
    sheet = workbook.newWorksheet(sheets == 1 ? name : name + " " + sheets);
    row = 0;
  }

  private void flush() {
    try {
      sheet.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finishSheet() {
    try {
      sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() {
    try {
      finishSheet();
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
