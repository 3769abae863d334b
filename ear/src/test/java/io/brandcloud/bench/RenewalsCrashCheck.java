package io.brandcloud.bench;

import java.time.Duration;

/**
 * The renewals crash test: seeds subscriptions due today, starts the renewals job, kills the
 * WildFly JVM with {@code kill -9} once about a quarter are renewed, starts it again and asks for
 * the renewals once more. Every subscription must have paid exactly one new term (and have one paid
 * invoice for it), none may still be due, and every wallet must equal its ledger; otherwise it
 * fails the build. Run by the {@code crash} profile; prints {@code renewals-crash subscriptions=…
 * renewed_before_restart=… renewed_once=…}.
 */
public final class RenewalsCrashCheck {

  private static final String TERMS = "reference LIKE 'sub:%:term'";

  private RenewalsCrashCheck() {}

  public static void main(String[] args) throws Exception {
    int tenants = Integer.getInteger("crash.tenants", 100);
    int organisations = Integer.getInteger("crash.organisations", 1000);
    PanelHarness panel =
        new PanelHarness("brandcloud_crash_renewals", 700, tenants, 0, organisations);
    panel.seed();
    SubscriptionRenewalsBenchmark.seedSubscriptions(panel);
    long expected = (long) tenants * organisations;

    Process wildfly = panel.startServer();
    String killed = panel.startJob("subscription-renewals", "{}");
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (panel.countInEveryTenant("ledger_entries", TERMS) < expected / 4) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Renewing did not get going");
      }
      Thread.sleep(50); // watching an external process for the moment to pull the plug
    }
    panel.kill9(wildfly);
    long beforeRestart = panel.countInEveryTenant("ledger_entries", TERMS);
    if (beforeRestart >= expected) {
      throw new IllegalStateException("The job finished before the kill; seed more subscriptions");
    }

    wildfly = panel.startServer();
    String killedStatus;
    String again;
    try {
      killedStatus = panel.executionStatus(killed);
      again = panel.runAgain("subscription-renewals", "{}");
    } finally {
      panel.stopServer(wildfly);
    }
    long renewed = panel.countInEveryTenant("ledger_entries", TERMS);
    long stillDue = panel.countInEveryTenant("subscriptions", "paid_until <= current_date");
    long drift = panel.walletsNotMatchingTheLedger();
    long invoiced =
        panel.countInEveryTenant("invoices", "kind = 'SUBSCRIPTION' AND status = 'PAID'");
    boolean once = renewed == expected && invoiced == expected && stillDue == 0 && drift == 0;
    System.out.printf(
        "renewals-crash subscriptions=%d renewed_before_restart=%d renewed=%d invoiced=%d"
            + " still_due=%d wallets_off_ledger=%d killed_execution_closed=%b renewed_once=%b%n",
        expected,
        beforeRestart,
        renewed,
        invoiced,
        stillDue,
        drift,
        killedStatus.contains("\"FAILED\""),
        once);
    if (!again.contains("\"COMPLETED\"")) {
      throw new IllegalStateException("Renewing again did not complete: " + again);
    }
    if (!once) {
      throw new IllegalStateException("Renewing after the crash was not exactly once");
    }
  }
}
