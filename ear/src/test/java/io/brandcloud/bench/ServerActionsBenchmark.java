package io.brandcloud.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Server actions at scale: the demo customer of {@code acme} orders {@code bench.servers} servers
 * (1,000 by default) on the simulator through the REST API from 16 connections at once, waits for
 * every build, then reboots them all the same way. Every action must end, none may be lost, none
 * run twice, and the simulator must have built each server once. Latency is an action's time from
 * being asked to being done, as the server recorded it. Prints {@code server-actions servers=…
 * actions=… p50_ms=… p95_ms=…} (and the same per kind).
 */
public final class ServerActionsBenchmark {

  private static final String DB = "brandcloud_bench_actions";
  private static final String BASE = "/t/acme/api/v1";
  private static final String SCHEMA = "t_acme";
  private static final int SENDERS = 16;

  /** The benchmark's own servers' actions, not the demo server's. */
  private static final String OURS =
      " WHERE server_id IN (SELECT id FROM t_acme.servers WHERE hostname LIKE 'bench-%%')";

  private final PanelHarness panel = new PanelHarness(DB, 700, 0, 0, 0);
  private final BenchClient client = new BenchClient(panel, BASE);
  private String key;

  private ServerActionsBenchmark() {}

  public static void main(String[] args) throws Exception {
    new ServerActionsBenchmark().run(Integer.getInteger("bench.servers", 1000));
  }

  private void run(int servers) throws Exception {
    panel.recreateDatabase();
    Process wildfly =
        panel.startServer(Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024"));
    try {
      String admin = basic("admin@acme.example", "acme-admin-demo");
      send(admin, "PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      String customer = basic("customer@acme.example", "acme-customer-demo");
      key =
          "Bearer "
              + field(
                  send(
                      customer,
                      "POST",
                      "/api-keys",
                      "{\"name\":\"bench\",\"scopes\":[\"read:servers\",\"write:servers\"]}",
                      201),
                  "secret");
      long organisation =
          Long.parseLong(field(send(key, "GET", "/servers", null, 200), "organisationId"));
      send(
          admin,
          "POST",
          "/admin/customers/" + organisation + "/credits",
          "{\"amount\":\"100000\",\"reason\":\"benchmark\",\"reference\":\"bench-credit\"}",
          200);
      String plans = send(key, "GET", "/plans", null, 200);
      String order =
          "{\"planId\":"
              + field(plans, "id")
              + ",\"region\":\"sim-ams1\",\"image\":\"debian-12\",\"hostname\":\"bench-%d\"}";
      List<Long> ids = new ArrayList<>();
      long started = System.nanoTime();
      for (String answer :
          inParallel(servers, i -> send(key, "POST", "/servers", order.formatted(i), 201))) {
        ids.add(Long.parseLong(field(answer, "id")));
      }
      awaitFinished("CREATE", servers);
      inParallel(
          servers,
          i ->
              send(
                  key,
                  "POST",
                  "/servers/" + ids.get(i) + "/actions",
                  "{\"type\":\"reboot\"}",
                  202));
      awaitFinished("REBOOT", servers);
      double seconds = (System.nanoTime() - started) / 1e9;
      report(servers, seconds);
    } finally {
      panel.stopServer(wildfly);
    }
  }

  private void report(int servers, double seconds) throws SQLException {
    long actions =
        count(
            "SELECT count(*) FROM %s.server_actions"
                + OURS
                + " AND action IN ('CREATE', 'REBOOT')");
    long succeeded =
        count(
            "SELECT count(*) FROM %s.server_actions"
                + OURS
                + " AND action IN ('CREATE', 'REBOOT') AND status = 'SUCCEEDED'");
    long twice =
        count(
            "SELECT count(*) FROM (SELECT server_id, action FROM %s.server_actions"
                + OURS
                + " GROUP BY 1, 2 HAVING count(*) > 1) t");
    long built = count("SELECT count(*) FROM %s.simulator_servers WHERE hostname LIKE 'bench-%%'");
    System.out.printf(
        "server-actions servers=%d actions=%d succeeded=%d run_twice=%d simulator_builds=%d"
            + " seconds=%.1f p50_ms=%d p95_ms=%d create_p50_ms=%d create_p95_ms=%d"
            + " reboot_p50_ms=%d reboot_p95_ms=%d%n",
        servers,
        actions,
        succeeded,
        twice,
        built,
        seconds,
        percentile(null, 0.5),
        percentile(null, 0.95),
        percentile("CREATE", 0.5),
        percentile("CREATE", 0.95),
        percentile("REBOOT", 0.5),
        percentile("REBOOT", 0.95));
    if (actions != 2L * servers || succeeded != actions || twice != 0 || built != servers) {
      throw new IllegalStateException("An action was lost, failed or ran twice");
    }
  }

  private long percentile(String action, double fraction) throws SQLException {
    return count(
        "SELECT CAST(percentile_cont("
            + fraction
            + ") WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - requested_at) * 1000)"
            + " AS bigint) FROM %s.server_actions"
            + OURS
            + " AND action "
            + (action == null ? "IN ('CREATE', 'REBOOT')" : "= '" + action + "'"));
  }

  private void awaitFinished(String action, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (count(
            "SELECT count(*) FROM %s.server_actions"
                + OURS
                + " AND action = '"
                + action
                + "' AND status IN ('SUCCEEDED', 'FAILED')")
        < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Not every " + action + " ended within 20 minutes");
      }
      Thread.sleep(250); // watching an external process work through its queue
    }
  }

  private List<String> inParallel(int n, BenchClient.Call call) throws Exception {
    return BenchClient.inParallel(n, SENDERS, call);
  }

  private String send(String credentials, String method, String path, String body, int expected)
      throws Exception {
    return client.send(credentials, method, path, body, expected);
  }

  private long count(String query) throws SQLException {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query.formatted(SCHEMA))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String field(String json, String name) {
    return BenchClient.field(json, name);
  }

  private static String basic(String user, String password) {
    return BenchClient.basic(user, password);
  }
}
