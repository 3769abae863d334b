package io.brandcloud.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox crash test: credits the demo customer of {@code acme} over the admin API from eight
 * connections (each credit publishes a {@code WalletCredited} event in its transaction), kills the
 * WildFly JVM with {@code kill -9} while credits and their events are in flight, starts it again
 * and waits for the outbox to drain. Every credit in the ledger must have exactly one event (the
 * event has one handler), every event must end done (none pending, none dead), and some must have
 * been waiting when the server died; otherwise it fails the build. Run by the {@code crash} profile
 * after the charging crash test.
 */
public final class OutboxCrashCheck {

  private static final String DB = "brandcloud_crash_outbox";
  private static final String BASE = "/t/acme/api/v1";
  private static final String ADMIN = basic("admin@acme.example", "acme-admin-demo");
  private static final String CUSTOMER = "customer@acme.example";
  private static final String SCHEMA = "t_acme";
  private static final Pattern CUSTOMER_ID =
      Pattern.compile("\"email\":\"" + Pattern.quote(CUSTOMER) + "\",\"id\":(\\d+)");

  private static final int SENDERS = 8;

  private final PanelHarness panel = new PanelHarness(DB, 600, 0, 0, 0);

  private OutboxCrashCheck() {}

  public static void main(String[] args) throws Exception {
    new OutboxCrashCheck().run(Integer.getInteger("crash.credits", 400));
  }

  private void run(int creditsBeforeKill) throws Exception {
    panel.recreateDatabase();
    Process wildfly = panel.startServer(Map.of("BRANDCLOUD_DEMO", "true"));
    int committed;
    long waitingAtKill;
    try {
      send("PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      long customer = customerId();
      committed = creditUntilKilled(customer, creditsBeforeKill, wildfly);
      waitingAtKill = count("SELECT count(*) FROM %s.outbox_messages WHERE status = 'PENDING'");
    } catch (Exception e) {
      panel.stopServer(wildfly);
      throw e;
    }
    long restarted = System.nanoTime();
    wildfly = panel.startServer(Map.of("BRANDCLOUD_DEMO", "true"));
    long drainedMs;
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (count("SELECT count(*) FROM %s.outbox_messages WHERE status = 'PENDING'") > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The outbox did not drain after the restart");
        }
        Thread.sleep(200); // watching an external process drain its queue
      }
      drainedMs = (System.nanoTime() - restarted) / 1_000_000;
    } finally {
      panel.stopServer(wildfly);
    }
    long topUps =
        count("SELECT count(*) FROM %s.ledger_entries WHERE reference LIKE 'credit:crash-%%'");
    long credits =
        count(
            "SELECT count(*) FROM %s.ledger_entries WHERE type IN ('TOP_UP', 'CREDIT', 'REFUND')");
    long events =
        count(
            "SELECT count(*) FROM %s.outbox_messages WHERE message_type LIKE '%%.WalletCredited'");
    long done =
        count(
            "SELECT count(*) FROM %s.outbox_messages WHERE message_type LIKE '%%.WalletCredited'"
                + " AND status = 'DONE'");
    long notDone = count("SELECT count(*) FROM %s.outbox_messages WHERE status <> 'DONE'");
    System.out.printf(
        "outbox-crash credits_answered=%d credits_committed=%d credits_in_ledger=%d events=%d"
            + " done=%d not_done=%d waiting_at_kill=%d drained_after_restart_ms=%d%n",
        committed, topUps, credits, events, done, notDone, waitingAtKill, drainedMs);
    if (topUps < committed || events != credits || done != events || notDone != 0) {
      throw new IllegalStateException("An event was lost or not handled after the crash");
    }
    if (waitingAtKill == 0) {
      throw new IllegalStateException("Nothing was waiting when the server died; kill earlier");
    }
  }

  /**
   * Credits from {@value #SENDERS} connections until {@code before} were answered, then pulls the
   * plug.
   */
  private int creditUntilKilled(long customer, int before, Process wildfly) throws Exception {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean dead = new AtomicBoolean();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      running.add(
          senders.submit(
              () -> {
                while (!dead.get()) {
                  String body =
                      "{\"amount\":\"1.00\",\"reason\":\"crash\",\"reference\":\"crash-%d\"}"
                          .formatted(next.incrementAndGet());
                  try {
                    send("POST", "/admin/customers/" + customer + "/credits", body, 200);
                    answered.incrementAndGet();
                  } catch (Exception e) {
                    if (!dead.get()) {
                      throw e;
                    }
                  }
                }
                return null;
              }));
    }
    while (answered.get() < before) {
      Thread.sleep(5); // watching an external process for the moment to pull the plug
    }
    freezeWithEventsWaiting();
    dead.set(true);
    panel.kill9(wildfly);
    for (Future<?> sender : running) {
      sender.get();
    }
    senders.shutdown();
    return answered.get();
  }

  /**
   * Freezes the JVM (SIGSTOP) at a moment when committed events wait for their handler, so the kill
   * that follows comes between commit and dispatch; a moment with none is let go (SIGCONT).
   */
  private void freezeWithEventsWaiting() throws Exception {
    for (int tries = 0; tries < 1000; tries++) {
      panel.signal("STOP");
      if (count("SELECT count(*) FROM %s.outbox_messages WHERE status = 'PENDING'") > 0) {
        return;
      }
      panel.signal("CONT");
      Thread.sleep(2); // letting the external process run on before the next try
    }
    throw new IllegalStateException("No moment with events waiting; the dispatcher was too fast");
  }

  private long customerId() throws Exception {
    Matcher id = CUSTOMER_ID.matcher(send("GET", "/admin/customers?limit=100", null, 200));
    if (!id.find()) {
      throw new IllegalStateException("The demo customer is missing");
    }
    return Long.parseLong(id.group(1));
  }

  private String send(String method, String path, String body, int expected) throws Exception {
    return panel.call(ADMIN, method, BASE + path, body, expected);
  }

  private long count(String query) throws SQLException {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query.formatted(SCHEMA))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
