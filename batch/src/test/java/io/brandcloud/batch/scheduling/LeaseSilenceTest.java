package io.brandcloud.batch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseSilenceTest {

  @Test
  void aMinuteUnlessSetAndNeverBelowTwoMissedRenewals() {
    assertThat(JobLeaseKeeper.silence(null)).isEqualTo(Duration.ofSeconds(60));
    assertThat(JobLeaseKeeper.silence(" 45 ")).isEqualTo(Duration.ofSeconds(45));
    assertThat(JobLeaseKeeper.silence("5")).isEqualTo(Duration.ofSeconds(30));
    assertThat(JobLeaseKeeper.silence("soon")).isEqualTo(Duration.ofSeconds(60));
  }
}
