package io.brandcloud.provisioning.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.ServerUsage.Sample;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyTrafficTest {

  private static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");
  private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void samplesAreAddedUpPerWholeHourAndAnHourNotOverIsLeftForLater() {
    ServerUsage usage =
        new ServerUsage(
            List.of(),
            List.of(new Sample(NOON.plusSeconds(60), 5), new Sample(NOON.plusSeconds(3_700), 7)),
            List.of(
                new Sample(NOON.minusSeconds(60), 1_000),
                new Sample(NOON.plusSeconds(60), 10),
                new Sample(NOON.plusSeconds(1_800), 20),
                new Sample(NOON.plusSeconds(3_700), 40),
                new Sample(NOON.plusSeconds(7_300), 80)));

    List<HourlyTraffic> hours =
        HourlyTraffic.of(usage, NOON.plusSeconds(30), NOON.plusSeconds(7_300));

    assertThat(hours)
        .containsExactly(
            new HourlyTraffic(NOON, 5, 30), new HourlyTraffic(NOON.plusSeconds(3_600), 7, 40));
  }

  @Test
  void thePoolIsUsedInWholePercentAndTheProjectionKeepsThePace() {
    TransferMonth month =
        TransferMonth.of(
            YearMonth.of(2026, 11), new BigDecimal("2000"), 1_700_000_000_000L, 10, 30);
    assertThat(month.usedGb()).isEqualByComparingTo("1700");
    assertThat(month.projectedGb()).isEqualByComparingTo("5100");
    assertThat(month.percentUsed()).isEqualTo(85);
    assertThat(month.warningLevel()).isEqualTo(80);
    TransferMonth over =
        TransferMonth.of(YearMonth.of(2026, 11), new BigDecimal("1"), 1_000_000_000L, 1, 1);
    assertThat(over.warningLevel()).isEqualTo(100);
    TransferMonth none = TransferMonth.of(YearMonth.of(2026, 11), BigDecimal.ZERO, 0, 0, 30);
    assertThat(none.percentUsed()).isZero();
    assertThat(none.warningLevel()).isZero();
    assertThat(
            TransferMonth.of(YearMonth.of(2026, 11), BigDecimal.ZERO, 1_000_000, 1, 30)
                .percentUsed())
        .as("anything sent without a pool is all of it")
        .isEqualTo(100);
  }

  @Test
  void onlyWhatWentAboveThePoolIsChargedAtThePricePerGb() {
    TransferMonth over =
        TransferMonth.of(YearMonth.of(2026, 11), new BigDecimal("1000"), 1_234_567_891_234L, 1, 1);
    Overage overage = Overage.of(over, new BigDecimal("0.01"), EUR).orElseThrow();
    assertThat(overage.overGb()).isEqualByComparingTo("234.568");
    assertThat(overage.amount())
        .as("in cents, as the invoice shows it")
        .isEqualByComparingTo("2.35");
    TransferMonth within =
        TransferMonth.of(YearMonth.of(2026, 11), new BigDecimal("1000"), 999_000_000_000L, 1, 1);
    assertThat(Overage.of(within, new BigDecimal("0.01"), EUR)).isEmpty();
    TransferMonth hardly =
        TransferMonth.of(YearMonth.of(2026, 11), new BigDecimal("1000"), 1_000_100_000_000L, 1, 1);
    assertThat(Overage.of(hardly, new BigDecimal("0.01"), EUR))
        .as("0.1 GB at a cent is nothing worth a line")
        .isEmpty();
  }
}
