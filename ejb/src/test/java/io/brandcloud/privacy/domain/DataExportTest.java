package io.brandcloud.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DataExportTest {

  private static final Instant ASKED = Instant.parse("2026-11-28T10:00:00Z");
  private static final Instant READY = ASKED.plusSeconds(60);
  private static final Instant EXPIRES = READY.plusSeconds(7 * 86_400);

  @Test
  void progressCountsSectionsAndReachesAHundredOnlyWhenBuilt() {
    assertThat(export(DataExportStatus.REQUESTED, 0, 0).percentDone()).isZero();
    assertThat(export(DataExportStatus.BUILDING, 8, 17).percentDone()).isEqualTo(47);
    assertThat(export(DataExportStatus.BUILDING, 17, 17).percentDone())
        .as("written, not yet stored")
        .isEqualTo(99);
    assertThat(export(DataExportStatus.READY, 17, 17).percentDone()).isEqualTo(100);
    assertThat(export(DataExportStatus.FAILED, 3, 17).percentDone()).isZero();
  }

  @Test
  void aReadyExportWhoseLinkRanOutCountsAsExpired() {
    DataExport ready = export(DataExportStatus.READY, 17, 17);
    assertThat(ready.asOf(EXPIRES.minusSeconds(1)).status()).isEqualTo(DataExportStatus.READY);
    assertThat(ready.asOf(EXPIRES).status()).isEqualTo(DataExportStatus.EXPIRED);
    assertThat(export(DataExportStatus.DOWNLOADED, 17, 17).asOf(EXPIRES).status())
        .isEqualTo(DataExportStatus.DOWNLOADED);
  }

  @Test
  void onlyWaitingAndBuildingExportsAreOpen() {
    assertThat(DataExportStatus.REQUESTED.isOpen()).isTrue();
    assertThat(DataExportStatus.BUILDING.isOpen()).isTrue();
    assertThat(DataExportStatus.READY.isOpen()).isFalse();
    assertThat(DataExportStatus.FAILED.isOpen()).isFalse();
  }

  @Test
  void archiveNamesStayInTheirFolder() {
    assertThat(ArchiveNames.safe("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
    assertThat(ArchiveNames.invoicePdf("INV/2026 001")).isEqualTo("invoices/INV_2026_001.pdf");
    assertThat(ArchiveNames.creditNotePdf("CN-2026-000001"))
        .isEqualTo("credit-notes/CN-2026-000001.pdf");
    assertThat(new PersonalData.TicketFile(7, 3, "résumé final.pdf").path())
        .isEqualTo("tickets/3/7-r_sum__final.pdf");
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(ArchiveSize.of(1, Locale.ENGLISH)).isEqualTo("1 KB");
    assertThat(ArchiveSize.of(840_200, Locale.ENGLISH)).isEqualTo("841 KB");
    assertThat(ArchiveSize.of(12_500_000, Locale.ENGLISH)).isEqualTo("12.5 MB");
    assertThat(ArchiveSize.of(12_500_000, Locale.GERMAN)).isEqualTo("12,5 MB");
  }

  private static DataExport export(DataExportStatus status, int done, int total) {
    boolean built = status != DataExportStatus.REQUESTED && status != DataExportStatus.BUILDING;
    return new DataExport(
        1,
        2,
        false,
        status,
        done,
        total,
        built ? 5_000L : null,
        ASKED,
        built ? READY : null,
        built ? EXPIRES : null,
        null,
        null);
  }
}
