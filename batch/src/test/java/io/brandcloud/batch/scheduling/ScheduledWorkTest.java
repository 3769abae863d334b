package io.brandcloud.batch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduledWorkTest {

  @Test
  void onlyOffTurnsScheduledWorkOff() {
    assertThat(ScheduledWork.isOn(Map.of())).isTrue();
    assertThat(ScheduledWork.isOn(Map.of(ScheduledWork.VARIABLE, "on"))).isTrue();
    assertThat(ScheduledWork.isOn(Map.of(ScheduledWork.VARIABLE, " OFF "))).isFalse();
    assertThat(ScheduledWork.isOn(Map.of(ScheduledWork.VARIABLE, "of"))).isTrue();
  }
}
