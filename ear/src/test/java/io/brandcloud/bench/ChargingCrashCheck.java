package io.brandcloud.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The crash test: seeds a panel, starts charging an hour for every server, kills the WildFly JVM
 * with {@code kill -9} while tenants are being charged, starts it again and asks for the same run
 * once more (which runs it, or follows it if the run's lease was taken over meanwhile). Every
 * (server, hour) must be charged exactly once, every wallet must equal its ledger, and the killed
 * execution must have been closed as FAILED when the server came back; otherwise it fails the
 * build. One server in ten keeps a snapshot, one in twenty has a volume and one in twenty-five an
 * extra address, and each (snapshot, hour), (volume, hour) and (address, hour) must be charged
 * exactly once too. Run by the {@code crash} profile.
 */
public final class ChargingCrashCheck {

  private ChargingCrashCheck() {}

  public static void main(String[] args) throws Exception {
    int tenants = Integer.getInteger("crash.tenants", 200);
    int servers = Integer.getInteger("crash.servers", 1000);
    PanelHarness panel = new PanelHarness("brandcloud_crash", 400, tenants, servers, 100);
    panel.seed();
    long expected = (long) tenants * servers;
    long expectedSnapshots = (long) tenants * (servers / PanelHarness.SERVERS_PER_SNAPSHOT);
    long expectedVolumes = (long) tenants * (servers / PanelHarness.SERVERS_PER_VOLUME);
    long expectedAddresses = (long) tenants * (servers / PanelHarness.SERVERS_PER_ADDRESS);
    Instant chargeAt = PanelHarness.H0.plusSeconds(60);

    Process wildfly = panel.startServer();
    String killed = panel.startCharging(chargeAt);
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (panel.tenantsReported() < tenants / 4) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Charging did not get going");
      }
      Thread.sleep(20); // watching an external process for the moment to pull the plug
    }
    panel.kill9(wildfly);
    long beforeRestart = panel.countCharges();
    System.out.printf(
        "crash: killed with %d of %d server-hours charged (%d tenants reported)%n",
        beforeRestart, expected, panel.tenantsReported());
    if (beforeRestart >= expected) {
      throw new IllegalStateException("The job finished before the kill; use more servers");
    }

    wildfly = panel.startServer();
    String killedStatus;
    String again;
    try {
      killedStatus = panel.executionStatus(killed);
      again = panel.chargeAgain(chargeAt);
    } finally {
      panel.stopServer(wildfly);
    }
    long charged = panel.countCharges();
    long snapshotsCharged = panel.countSnapshotCharges();
    long volumesCharged = panel.countVolumeCharges();
    long addressesCharged = panel.countAddressCharges();
    long drift = panel.walletsNotMatchingTheLedger();
    boolean closed = killedStatus.contains("\"FAILED\"");
    System.out.printf(
        "charging-crash servers=%d charged_before_restart=%d charged=%d expected=%d"
            + " snapshots_charged=%d expected=%d volumes_charged=%d expected=%d"
            + " addresses_charged=%d expected=%d"
            + " wallets_off_ledger=%d killed_execution_closed=%b%n",
        expected,
        beforeRestart,
        charged,
        expected,
        snapshotsCharged,
        expectedSnapshots,
        volumesCharged,
        expectedVolumes,
        addressesCharged,
        expectedAddresses,
        drift,
        closed);
    if (!again.contains("\"COMPLETED\"")) {
      throw new IllegalStateException("Charging again did not complete: " + again);
    }
    if (charged != expected
        || snapshotsCharged != expectedSnapshots
        || volumesCharged != expectedVolumes
        || addressesCharged != expectedAddresses
        || drift != 0) {
      throw new IllegalStateException("Charging after the crash was not exactly once");
    }
    if (!closed) {
      throw new IllegalStateException("The killed execution was not closed: " + killedStatus);
    }
  }
}
