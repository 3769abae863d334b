package io.brandcloud.provisioning.providers.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorPaceTest {

  @Test
  void workTakesItsTimeTimesThePaceButNeverNoTimeAtAll() {
    assertThat(SimulatorPace.of(Duration.ofSeconds(5), 1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(SimulatorPace.of(Duration.ofSeconds(5), 0.1)).isEqualTo(Duration.ofMillis(500));
    assertThat(SimulatorPace.of(Duration.ofSeconds(1), 0.01)).isEqualTo(Duration.ofMillis(100));
    assertThat(SimulatorPace.of(Duration.ZERO, 0.1)).as("done at once stays so").isZero();
  }

  @Test
  void aSlowServerBuildsAtTheNormalPace() {
    assertThat(SimulatorStore.buildTime("slow-web-1"))
        .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(8));
  }

  @Test
  void aPaceOutsideItsRangeOrNoNumberIsTheNormalOne() {
    assertThat(SimulatorPace.factor(null)).isEqualTo(1);
    assertThat(SimulatorPace.factor(" 0.1 ")).isEqualTo(0.1);
    assertThat(SimulatorPace.factor("0")).isEqualTo(1);
    assertThat(SimulatorPace.factor("11")).isEqualTo(1);
    assertThat(SimulatorPace.factor("fast")).isEqualTo(1);
    assertThat(SimulatorPace.factor("NaN")).isEqualTo(1);
  }
}
