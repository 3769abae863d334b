package io.brandcloud.provisioning.servers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.provisioning.providers.domain.ServerSpec;
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
    server.suspend(now, Server.Suspension.DEBT);
    server.resume();
    server.suspend(now, Server.Suspension.STAFF);
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
    assertThatThrownBy(() -> server.suspend(now, Server.Suspension.DEBT))
        .isInstanceOf(BrandcloudException.class);
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
  void billingStopsWhenItIsSuspendedOrDeletedAndResumesWithIt() {
    Server server = running();
    server.stopped();
    assertThat(server.billedUntil()).as("a stopped server is billed").isNull();
    server.started();
    Instant suspended = now.plusSeconds(1800);
    server.suspend(suspended, Server.Suspension.DEBT);
    assertThat(server.billedUntil()).isEqualTo(suspended);
    server.resume();
    assertThat(server.billedUntil()).isNull();
    assertThat(server.suspension()).isEmpty();
    server.suspend(suspended, Server.Suspension.STAFF);
    server.terminate(suspended.plusSeconds(86_400));
    assertThat(server.billedUntil()).as("suspended days stay free").isEqualTo(suspended);
  }

  @Test
  void aServerDeletedBeforeItRanIsNeverBilledAndKeepsItsProviderId() {
    Server server = pending();
    server.terminate(now);
    server.provisioningStarted("sim-9");
    assertThat(server.billedUntil()).isNull();
    assertThat(server.externalId()).isEqualTo("sim-9");
    assertThat(server.status()).isEqualTo(ServerStatus.TERMINATED);
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
