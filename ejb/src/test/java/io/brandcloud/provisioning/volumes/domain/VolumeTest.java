package io.brandcloud.provisioning.volumes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VolumeTest {

  @Test
  void aNameIsWhatPeopleTypeStrippedAndNothingThatCouldBeMarkupOrAPath() {
    assertThat(Volume.requireName("  Daten 2024_v1.0 ")).isEqualTo("Daten 2024_v1.0");
    for (String bad : new String[] {null, " ", "-data", "a/b", "<b>", "x".repeat(41), "a\tb"}) {
      assertThatThrownBy(() -> Volume.requireName(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(BrandcloudException.class);
    }
  }

  @Test
  void aSizeIsWhatEveryProviderMakes() {
    assertThat(Volume.requireSize(10)).isEqualTo(10);
    assertThat(Volume.requireSize(10_240)).isEqualTo(10_240);
    for (Integer bad : new Integer[] {null, 9, 0, -10, 10_241}) {
      assertThatThrownBy(() -> Volume.requireSize(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(BrandcloudException.class);
    }
  }

  @Test
  void itCostsItsSizeAtTheMonthlyPriceSpreadOverTheHoursOfAMonth() {
    assertThat(Volume.hourlyPrice(10, new BigDecimal("7.30"))).isEqualByComparingTo("0.1");
    assertThat(Volume.hourlyPrice(100, new BigDecimal("0.10"))).isEqualByComparingTo("0.013699");
  }

  @Test
  void aVolumeOnlyGrows() {
    Volume volume =
        new Volume(
            1,
            2,
            3,
            "sim-ams1",
            4,
            "data",
            "bc-vol-x",
            "sim-vol-1",
            20,
            VolumeStatus.ATTACHED,
            BigDecimal.ONE,
            BigDecimal.ONE,
            Instant.EPOCH);
    assertThat(volume.requireLarger(21)).isEqualTo(21);
    assertThatThrownBy(() -> volume.requireLarger(20))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("only grows");
  }
}
