package io.brandcloud.provisioning.snapshots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  @Test
  void aGigabyteMonthPriceIsSpreadOverTheHoursOfAMonth() {
    assertThat(Snapshot.hourlyPrice(new BigDecimal("6.25"), new BigDecimal("7.30")))
        .isEqualTo(new BigDecimal("0.062500"));
    assertThat(Snapshot.hourlyPrice(new BigDecimal("2.34"), new BigDecimal("0.06")))
        .as("rounded half up at six decimals")
        .isEqualTo(new BigDecimal("0.000192"));
  }

  @Test
  void withoutAPriceASnapshotCostsNothing() {
    assertThat(Snapshot.hourlyPrice(new BigDecimal("40"), null))
        .isEqualTo(new BigDecimal("0.000000"));
  }
}
