package io.brandcloud.exports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.tables.TableFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportTableTest {

  @Test
  void isNamedAsItsDownloadAddressAndItsFileAsTheDownloadsAre() {
    assertThat(ExportTable.of("credit-notes")).isEqualTo(ExportTable.CREDIT_NOTES);
    DayRange year = new DayRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(TableFormat.XLSX.fileName(ExportTable.CREDIT_NOTES.sheet(), year))
        .isEqualTo("credit-notes-2026-01-01-2026-12-31.xlsx");
  }

  @Test
  void anUnknownTableIsRefusedNamingTheTablesThereAre() {
    assertThatThrownBy(() -> ExportTable.of("passwords"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("ledger")
        .hasMessageContaining("credit-notes");
  }
}
