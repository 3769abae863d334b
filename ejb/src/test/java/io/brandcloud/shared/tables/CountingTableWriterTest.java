package io.brandcloud.shared.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingTableWriterTest {

  @Test
  void tellsTheRowsWrittenEveryFewRowsAndWhenFinishedAndWritesThemThrough() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> told = new ArrayList<>();
    CountingTableWriter table =
        new CountingTableWriter(TableFormat.CSV.writer(out, "Ledger"), 2, told::add);
    table.header("id", "amount");
    for (int i = 1; i <= 5; i++) {
      table.row((long) i, "x");
    }
    table.finish();

    assertThat(told).containsExactly(2L, 4L, 5L);
    assertThat(table.rows()).isEqualTo(5);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
  }

  @Test
  void anEmptyTableTellsNoRows() {
    List<Long> told = new ArrayList<>();
    CountingTableWriter table =
        new CountingTableWriter(
            TableFormat.CSV.writer(new ByteArrayOutputStream(), "Ledger"), 10, told::add);
    table.header("id");
    table.finish();
    assertThat(told).containsExactly(0L);
  }

  @Test
  void countsAtLeastEveryRow() {
    assertThatThrownBy(
            () ->
                new CountingTableWriter(
                    TableFormat.CSV.writer(new ByteArrayOutputStream(), "x"), 0, rows -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
