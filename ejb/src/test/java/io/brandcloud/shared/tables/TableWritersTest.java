package io.brandcloud.shared.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TableWritersTest {

  @Test
  void csvQuotesTextDefusesFormulasAndWritesAmountsExactly() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter csv = TableFormat.CSV.writer(out, "Ledger");
    csv.header("id", "description", "amount", "day");
    csv.row(7L, "=HYPERLINK(\"x\")", new BigDecimal("-0.013700"), LocalDate.of(2026, 11, 28));
    csv.row(8L, null, new BigDecimal("1E+2"), null);
    csv.row(9L, "\t=1+1", BigDecimal.ZERO, LocalDateTime.of(2026, 2, 1, 9, 30));
    csv.finish();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\"id\",\"description\",\"amount\",\"day\"\n"
                + "7,\"'=HYPERLINK(\"\"x\"\")\",-0.013700,2026-11-28\n"
                + "8,,100,\n"
                + "9,\"'\t=1+1\",0,2026-02-01 09:30:00\n");
  }

  @Test
  void aWorkbookHasNumbersAndDaysAsSuchAndGoesOnInAnotherSheetUnderTheSameHeader()
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter xlsx = new XlsxTableWriter(out, "Invoices", 3);
    xlsx.header("number", "issued_on", "total", "at");
    xlsx.row("INV-1", LocalDate.of(2026, 1, 31), new BigDecimal("12.50"), null);
    xlsx.row("INV-2", null, new BigDecimal("7"), LocalDateTime.of(2026, 2, 1, 9, 30));
    xlsx.row("=1+1", LocalDate.of(2026, 3, 1), BigDecimal.ONE, null);
    xlsx.finish();

    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Sheet> sheets = book.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Invoices", "Invoices 2");
      List<Row> first = sheets.get(0).read();
      assertThat(first).hasSize(3);
      assertThat(first.get(0).getCellText(0)).isEqualTo("number");
      assertThat(first.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("12.5");
      assertThat(first.get(1).getCellAsDate(1).orElseThrow().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 1, 31));
      assertThat(first.get(2).getCellAsDate(3).orElseThrow())
          .isEqualTo(LocalDateTime.of(2026, 2, 1, 9, 30));
      List<Row> second = sheets.get(1).read();
      assertThat(second).hasSize(2);
      assertThat(second.get(0).getCellText(2)).isEqualTo("total");
      assertThat(second.get(1).getCellText(0)).as("text, never a formula").isEqualTo("=1+1");
    }
  }
}
