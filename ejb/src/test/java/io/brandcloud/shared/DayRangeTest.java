package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

  @Test
  void theEarliestFirstDayMakesTheLongestRangeThereIsAlsoOverLeapDays() {
    for (LocalDate last = LocalDate.of(2025, 12, 1);
        last.isBefore(LocalDate.of(2034, 3, 31));
        last = last.plusDays(1)) {
      LocalDate first = DayRange.earliestFrom(last);
      assertThat(DayRange.of(first, last, last)).isEqualTo(new DayRange(first, last));
      LocalDate dayBefore = first.minusDays(1);
      LocalDate end = last;
      assertThatThrownBy(() -> DayRange.of(dayBefore, end, end))
          .as("a day more is too long, up to %s", end)
          .isInstanceOf(BrandcloudException.class);
    }
    assertThat(DayRange.earliestFrom(LocalDate.of(2026, 2, 28))).isEqualTo("2016-03-01");
  }
}
