package io.brandcloud.provisioning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerLifeCycleTest {

  private final Instant now = Instant.parse("2030-01-01T10:00:00Z");

  private Server pending() {
    return new Server(
        1,
        2,
        3,
        new ServerSpec("web-1", "small", "sim-ams1", "debian-12"),
        new BigDecimal("0.01"),
        now);
  }

  private Server running() {
    Server server = pending();
    server.provisioningStarted("sim-1");
    server.becameRunning("192.0.2.10", now);
    return server;
  }

  @Test
  void aServerIsBuiltSuspendedForDebtResumedAndTerminated() {
    Server server = running();
    assertThat(server.status()).isEqualTo(ServerStatus.RUNNING);
    server.suspend(now);
    server.resume();
    server.suspend(now);
    server.terminate(now);
    assertThat(server.status()).isEqualTo(ServerStatus.TERMINATED);
  }

  @Test
  void aTerminatedServerNeverComesBack() {
    Server server = running();
    server.terminate(now);
    assertThatThrownBy(server::resume)
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("TERMINATED and cannot become RUNNING");
    assertThatThrownBy(() -> server.suspend(now)).isInstanceOf(BrandcloudException.class);
    assertThat(server.status()).isEqualTo(ServerStatus.TERMINATED);
  }

  @Test
  void onlyASuspendedOrStoppedServerIsResumedAndOnlyABuildingOneFails() {
    assertThatThrownBy(pending()::resume).isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(running()::resume).isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(running()::failed).isInstanceOf(BrandcloudException.class);
    Server building = pending();
    building.failed();
    assertThat(building.status()).isEqualTo(ServerStatus.FAILED);
  }

  @Test
  void everyStatusButTerminatedCanEnd() {
    for (ServerStatus status : ServerStatus.values()) {
      assertThat(status.mayBecome(ServerStatus.TERMINATED))
          .as(status.name())
          .isEqualTo(status != ServerStatus.TERMINATED);
    }
  }
}
