package io.brandcloud.shared.tables;

import java.util.function.LongConsumer;

/**
 * A table writer that tells how many rows it has written, every {@code every} rows and when the
 * table is finished, so whoever waits for a long export sees it move.
 */
public final class CountingTableWriter implements TableWriter {

  private final TableWriter table;
  private final int every;
  private final LongConsumer written;
  private long rows;

  public CountingTableWriter(TableWriter table, int every, LongConsumer written) {
    if (every < 1) {
      throw new IllegalArgumentException("every is at least 1");
    }
    this.table = table;
    this.every = every;
    this.written = written;
  }

  @Override
  public void header(String... names) {
    table.header(names);
  }

  @Override
  public void row(Object... values) {
    table.row(values);
    rows++;
    if (rows % every == 0) {
      written.accept(rows);
    }
  }

  @Override
  public void finish() {
    table.finish();
    written.accept(rows);
  }

  public long rows() {
    return rows;
  }
}
