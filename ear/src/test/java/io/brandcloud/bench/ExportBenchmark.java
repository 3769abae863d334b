package io.brandcloud.bench;

import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.shared.tables.TableWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Writes {@code bench.rows} (default 1,000,000) ledger-shaped rows, each with texts of its own as
 * ledger references are, through the export writers as an export streams them from the database,
 * and prints per format {@code export format=… rows=… seconds=… bytes=… max_heap_mb=…}: the heap's
 * peak while writing, which stays flat however many rows there are (compare with {@code
 * -Dbench.rows=100000}).
 */
public final class ExportBenchmark {

  private ExportBenchmark() {}

  public static void main(String[] args) {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    for (TableFormat format : TableFormat.values()) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      CountingStream out = new CountingStream();
      long started = System.nanoTime();
      TableWriter table = format.writer(out, "Ledger");
      table.header(
          "id",
          "time",
          "organisation_id",
          "customer",
          "type",
          "description",
          "amount",
          "reference");
      LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0);
      for (int i = 1; i <= rows; i++) {
        table.row(
            (long) i,
            at.plusMinutes(i),
            (long) (i % 5000),
            "Customer " + (i % 5000),
            "usage_charge",
            "Server web-" + i + " (Standard 2 GB), 1 h",
            new BigDecimal("-0.013699"),
            "charge:" + i + ":2026-01-01T00:00:00Z");
      }
      table.finish();
      double seconds = (System.nanoTime() - started) / 1e9;
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .mapToLong(pool -> pool.getPeakUsage().getUsed())
              .sum();
      System.out.printf(
          Locale.ROOT,
          "export format=%s rows=%d seconds=%.1f bytes=%d max_heap_mb=%d%n",
          format.extension(),
          rows,
          seconds,
          out.bytes,
          peak / (1024 * 1024));
    }
  }

  /** Where the bytes would go to the client: counted, not kept. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
