package io.brandcloud.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * No double servers upstream: the demo customer of {@code acme} orders a server whose host name
 * makes the simulator accept the build and then keep its answer back ({@code lag-}); once the
 * provider has the server and Brandcloud does not know its id yet, the WildFly JVM is killed with
 * {@code kill -9}. After the restart the create action is taken again when its claim runs out and
 * must find the server the provider built, not build a second: it fails unless the provider has
 * exactly one server for the reference and ours runs with its id. Prints {@code create-crash …}.
 * Run by the {@code crash} profile.
 */
public final class ServerCreateCrashCheck {

  private static final String DB = "brandcloud_crash_create";
  private static final String BASE = "/t/acme/api/v1";
  private static final String SCHEMA = "t_acme";
  private static final String HOST = "lag-crash-1";

  private final PanelHarness panel = new PanelHarness(DB, 800, 0, 0, 0);

  private ServerCreateCrashCheck() {}

  public static void main(String[] args) throws Exception {
    new ServerCreateCrashCheck().run();
  }

  private void run() throws Exception {
    panel.recreateDatabase();
    Map<String, String> demo =
        Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024");
    Process wildfly = panel.startServer(demo);
    try {
      String plan = field(send("GET", "/plans", null, 200), "id");
      send(
          "POST",
          "/servers",
          "{\"planId\":"
              + plan
              + ",\"region\":\"sim-ams1\",\"image\":\"debian-12\",\"hostname\":\""
              + HOST
              + "\"}",
          201);
      awaitAcceptedButUnknown();
      panel.kill9(wildfly);
    } catch (Exception e) {
      panel.stopServer(wildfly);
      throw e;
    }
    long restarted = System.nanoTime();
    wildfly = panel.startServer(demo);
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
      while (!"RUNNING"
          .equals(text("SELECT status FROM %s.servers WHERE hostname = '" + HOST + "'"))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The server was not built after the restart");
        }
        Thread.sleep(500); // watching an external process recover
      }
    } finally {
      panel.stopServer(wildfly);
    }
    long recoveredMs = (System.nanoTime() - restarted) / 1_000_000;
    long builds =
        count("SELECT count(*) FROM %s.simulator_servers WHERE hostname = '" + HOST + "'");
    String ours = text("SELECT external_id FROM %s.servers WHERE hostname = '" + HOST + "'");
    String theirs =
        "sim-" + count("SELECT min(id) FROM %s.simulator_servers WHERE hostname = '" + HOST + "'");
    long attempts =
        count(
            "SELECT attempts FROM %s.server_actions a JOIN %s.servers s ON s.id = a.server_id"
                + " WHERE s.hostname = '"
                + HOST
                + "' AND a.action = 'CREATE'");
    System.out.printf(
        "create-crash simulator_builds=%d external_id=%s provider_id=%s recovered_after_ms=%d%n",
        builds, ours, theirs, recoveredMs);
    if (builds != 1 || !theirs.equals(ours)) {
      throw new IllegalStateException("The provider built the server twice, or ours is another");
    }
  }

  /** Waits until the provider has the server while Brandcloud has not learnt its id. */
  private void awaitAcceptedButUnknown() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (count("SELECT count(*) FROM %s.simulator_servers WHERE hostname = '" + HOST + "'")
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The simulator never got the build");
      }
      Thread.sleep(50); // watching an external process
    }
    if (text("SELECT external_id FROM %s.servers WHERE hostname = '" + HOST + "'") != null) {
      throw new IllegalStateException("Brandcloud already knew the id; nothing to prove");
    }
  }

  private String send(String method, String path, String body, int expected) throws Exception {
    return panel.call(
        basic("customer@acme.example", "acme-customer-demo"), method, BASE + path, body, expected);
  }

  private long count(String query) throws SQLException {
    String value = text(query);
    return value == null ? 0 : Long.parseLong(value);
  }

  private String text(String query) throws SQLException {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query.replace("%s", SCHEMA))) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static String field(String json, String name) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return matcher.group(1);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
