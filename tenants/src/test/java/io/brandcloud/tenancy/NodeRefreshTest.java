package io.brandcloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeRefreshTest {

  @Test
  void unsetBlankOrNotANumberIsFiveSeconds() {
    assertThat(NodeRefresh.interval(null)).isEqualTo(Duration.ofSeconds(5));
    assertThat(NodeRefresh.interval(" ")).isEqualTo(Duration.ofSeconds(5));
    assertThat(NodeRefresh.interval("soon")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aNumberOfSecondsIsKeptBetweenOneAndSixty() {
    assertThat(NodeRefresh.interval(" 2 ")).isEqualTo(Duration.ofSeconds(2));
    assertThat(NodeRefresh.interval("0")).isEqualTo(Duration.ofSeconds(1));
    assertThat(NodeRefresh.interval("-3")).isEqualTo(Duration.ofSeconds(1));
    assertThat(NodeRefresh.interval("3600")).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aChangeReachesEveryNodeWithinOneIntervalAndASecond() {
    assertThat(NodeRefresh.spread()).isEqualTo(NodeRefresh.INTERVAL.plusSeconds(1));
  }
}
