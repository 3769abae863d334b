package io.brandcloud.shared.tables;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import java.util.Locale;

/** How an exported table is written. */
public enum TableFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  TableFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name's extension names ({@code csv}, {@code xlsx}). */
  public static TableFormat of(String extension) {
    for (TableFormat format : values()) {
      if (format.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw BrandcloudException.invalid("format", "Exports are csv or xlsx");
  }

  /** The file's name: {@code ledger-2026-01-01-2026-12-31.xlsx} for a sheet named "Ledger". */
  public String fileName(String sheet, DayRange range) {
    return sheet.toLowerCase(Locale.ROOT).replace(' ', '-')
        + "-"
        + range.from()
        + "-"
        + range.to()
        + "."
        + extension;
  }

  /** Writes a table of this format to {@code out}; the sheet's name where the format has sheets. */
  public TableWriter writer(java.io.OutputStream out, String sheet) {
    return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheet);
  }
}
