package io.brandcloud.bench;

import io.brandcloud.payments.testgateway.TestGatewaySignature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Webhooks at scale: the demo customer of {@code acme} starts {@code bench.payments} top-ups (8,000
 * by default) with the test gateway over the REST API; then, as the gateway, the benchmark sends
 * one signed "paid" event per payment plus 25 % of them again (20 % of all deliveries are
 * duplicates), every delivery in random order so duplicates often arrive first, from 16 connections
 * at once. Each payment must be credited exactly once and every wallet must still equal its ledger.
 * {@code per_s} is deliveries answered per second; {@code credited_per_s} counts until the last
 * credit. Prints {@code webhooks deliveries=… credits=… per_s=… wallets_off_ledger=0}.
 */
public final class WebhooksBenchmark {

  private static final String DB = "brandcloud_bench_webhooks";
  private static final String BASE = "/t/acme/api/v1";
  private static final String SCHEMA = "t_acme";
  private static final String SECRET = "tgsec_webhooks_benchmark";
  private static final int SENDERS = 16;

  private final PanelHarness panel = new PanelHarness(DB, 750, 0, 0, 0);
  private final BenchClient client = new BenchClient(panel, BASE);

  private WebhooksBenchmark() {}

  public static void main(String[] args) throws Exception {
    new WebhooksBenchmark().run(Integer.getInteger("bench.payments", 8000));
  }

  private void run(int payments) throws Exception {
    panel.recreateDatabase();
    Process wildfly =
        panel.startServer(Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024"));
    try {
      String admin = BenchClient.basic("admin@acme.example", "acme-admin-demo");
      client.send(admin, "PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      client.send(
          admin,
          "PUT",
          "/admin/payment-gateways/test",
          "{\"webhookSecret\":\"" + SECRET + "\",\"minAmount\":\"5\",\"maxAmount\":\"500\"}",
          200);
      String customer = BenchClient.basic("customer@acme.example", "acme-customer-demo");
      String key =
          "Bearer "
              + BenchClient.field(
                  client.send(
                      customer,
                      "POST",
                      "/api-keys",
                      "{\"name\":\"bench\",\"scopes\":[\"read:billing\",\"write:billing\"]}",
                      201),
                  "secret");
      List<String> started =
          BenchClient.inParallel(
              payments,
              SENDERS,
              i ->
                  client.send(
                      key, "POST", "/payments", "{\"gateway\":\"test\",\"amount\":\"10\"}", 201));
      List<String> deliveries = deliveries(started);
      long sending = System.nanoTime();
      BenchClient.inParallel(
          deliveries.size(),
          SENDERS,
          i ->
              client.send(
                  Map.of(
                      TestGatewaySignature.HEADER,
                      TestGatewaySignature.sign(SECRET, Instant.now(), deliveries.get(i))),
                  "POST",
                  "/webhooks/test",
                  deliveries.get(i),
                  200));
      double sent = (System.nanoTime() - sending) / 1e9;
      awaitCredited(payments);
      double credited = (System.nanoTime() - sending) / 1e9;
      report(payments, deliveries.size(), sent, credited);
    } finally {
      panel.stopServer(wildfly);
    }
  }

  /** One paid event per payment and a quarter of them again, shuffled. */
  private static List<String> deliveries(List<String> started) {
    List<String> events = new ArrayList<>();
    for (String payment : started) {
      String id = BenchClient.field(payment, "id");
      events.add(
          "{\"id\":\"tgevt_bench_"
              + id
              + "\",\"type\":\"checkout.paid\",\"created\":"
              + Instant.now().getEpochSecond()
              + ",\"data\":{\"session\":\"tgs_bench_"
              + id
              + "\",\"reference\":\"acme-pay-"
              + id
              + "\",\"charge\":\"tgc_bench_"
              + id
              + "\",\"amount\":\"10\",\"currency\":\"EUR\"}}");
    }
    Random random = new Random(42);
    List<String> all = new ArrayList<>(events);
    for (int i = 0; i < events.size() / 4; i++) {
      all.add(events.get(random.nextInt(events.size())));
    }
    Collections.shuffle(all, random);
    return all;
  }

  private void report(int payments, int deliveries, double sent, double credited)
      throws SQLException {
    long credits =
        count(
            "SELECT count(*) FROM %s.ledger_entries WHERE type = 'TOP_UP'"
                + " AND reference LIKE 'payment:test:tgc_bench_%%'");
    long stored = count("SELECT count(*) FROM %s.payment_events");
    long offLedger = panel.walletsNotMatchingTheLedger();
    System.out.printf(
        "webhooks deliveries=%d duplicates=%d credits=%d events_stored=%d seconds=%.1f per_s=%.0f"
            + " credited_per_s=%.0f wallets_off_ledger=%d%n",
        deliveries,
        deliveries - payments,
        credits,
        stored,
        sent,
        deliveries / sent,
        payments / credited,
        offLedger);
    if (credits != payments || stored != payments || offLedger != 0) {
      throw new IllegalStateException("A payment was not credited exactly once");
    }
  }

  private void awaitCredited(int payments) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (count("SELECT count(*) FROM %s.payments WHERE status = 'SUCCEEDED'") < payments
        || count("SELECT count(*) FROM %s.outbox_messages WHERE status = 'PENDING'") > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Not every payment was credited within 20 minutes");
      }
      Thread.sleep(250); // watching an external process work through its outbox
    }
  }

  private long count(String query) throws SQLException {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query.formatted(SCHEMA))) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
