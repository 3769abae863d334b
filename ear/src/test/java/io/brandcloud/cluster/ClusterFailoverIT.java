package io.brandcloud.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.FacesLogin;
import io.brandcloud.it.Http;
import io.brandcloud.it.SocketClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The documented two-node cluster ({@code ear/run-cluster.sh}: two WildFly nodes and HAProxy on
 * loopback, one database) as customers and operators meet it. A push socket on one node hears a
 * change made through the other, and a console ticket from one node opens the console on the other.
 * A visitor logs in through HAProxy, the operator starts a charging run on the same node, and that
 * node is killed in the middle of the run. The visitor's next requests, now served by the other
 * node, are still theirs; the other node takes the run over and finishes it, charging each hour
 * once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  /** C1 alone: on 2 cores the C2 compiler costs the nodes more than it gives back. */
  private static final String NODE_JVM =
      "-Xms512m -Xmx768m -XX:MaxMetaspaceSize=512m -XX:TieredStopAtLevel=1";

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path CLUSTER = ROOT.resolve("ear/target/cluster");
  private static final int PROXY_PORT = Integer.getInteger("cluster.proxy.port", 18080);
  private static final String DB_NAME = "brandcloud_cluster";
  private static final URI PROXY = URI.create("http://127.0.0.1:" + PROXY_PORT + "/");
  private static final String CHARGING = "api/platform/v1/jobs/hourly-charging";
  private static final String EXECUTIONS = "api/platform/v1/jobs/executions/";

  private static Process cluster;

  @BeforeAll
  static void twoNodesBehindHaProxy() throws IOException, SQLException {
    recreateDatabase();
    ProcessBuilder script =
        new ProcessBuilder("bash", "ear/run-cluster.sh")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ROOT.resolve("ear/target/cluster-run.log").toFile());
    // nothing of the test server's environment (its database, address, mail server): only what a
    // shell needs and the cluster's own settings
    Map<String, String> environment = script.environment();
    environment.keySet().retainAll(java.util.Set.of("PATH", "HOME", "JAVA_HOME", "LANG"));
    environment.putAll(
        Map.of(
            "SKIP_BUILD", "1",
            "DB_URL", System.getProperty("it.db.url").replaceAll("/[^/]+$", "/" + DB_NAME),
            "DB_NAME", DB_NAME,
            "PROXY_PORT", Integer.toString(PROXY_PORT),
            "OFFSET_A", "300",
            "OFFSET_B", "400",
            "PASSWORD_HASH_ITERATIONS", "1024",
            // a dead node's lease is taken over after 30 s of silence, not a minute
            "BRANDCLOUD_JOB_LEASE_SILENCE_SECONDS", "30",
            // a throw-away key for this test's servers only
            "BRANDCLOUD_SECRET_KEY", "Fgi98Ky/5a7Kd86WV2i6evUfQnVrBMdMLKrWe7Vd+ug=",
            "JBOSS_JAVA_SIZING", NODE_JVM));
    cluster = script.start();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> !cluster.isAlive() || answers(Http.overHttp11(PROXY).get("t/acme/login.xhtml")));
    assertThat(cluster.isAlive()).as("ear/target/cluster-run.log").isTrue();
  }

  @AfterAll
  static void stopTheCluster() throws InterruptedException {
    if (cluster != null) {
      cluster.destroy();
      if (!cluster.waitFor(60, TimeUnit.SECONDS)) {
        cluster.descendants().forEach(ProcessHandle::destroyForcibly);
        cluster.destroyForcibly();
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesCountOneCallersRequestsInOneBucket() {
    List<Http> nodes =
        List.of(node(300), node(400)).stream()
            .map(node -> node.as("admin@acme.example", "acme-admin-demo"))
            .toList();
    HttpResponse<String> first = nodes.get(0).get("t/acme/api/v1/me");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    int limit = Integer.parseInt(first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
    // the bucket refills while the requests run (greedily, a token each 60/limit seconds), so a few
    // more than the limit pass; with a bucket per node about twice the limit would
    int served = 1;
    HttpResponse<String> answer = first;
    while (answer.statusCode() == 200 && served <= 2 * limit) {
      answer = nodes.get(served % 2).get("t/acme/api/v1/me");
      served += answer.statusCode() == 200 ? 1 : 0;
    }
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
    assertThat(served).as("served by both nodes together").isBetween(limit, limit + limit / 4);
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    // a token refills each 60/limit seconds, so one of these may pass; a bucket of its own would
    // still hold about half the limit
    Http otherNode = nodes.get((served + 1) % 2);
    long passed =
        java.util.stream.IntStream.range(0, 5)
            .filter(i -> otherNode.get("t/acme/api/v1/me").statusCode() == 200)
            .count();
    assertThat(passed).as("the other node refuses too").isLessThanOrEqualTo(1);
  }

  @Test
  @Order(2)
  void aCustomerOnOneNodeHearsWhatChangedOnTheOtherAndOpensAConsoleThere() {
    Http onA = node(300).as("customer@acme.example", "acme-customer-demo");
    long server =
        Http.json(onA.get("t/acme/api/v1/servers").body())
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    // a ticket asked of one node opens a socket on the other, which hears a change made on the
    // first
    HttpResponse<String> pushTicket = onA.post("t/acme/api/v1/push/tickets", "{}");
    assertThat(pushTicket.statusCode()).as(pushTicket.body()).isEqualTo(201);
    SocketClient push =
        SocketClient.open(node(400).base(), Http.json(pushTicket.body()).getString("socketPath"));
    push.awaitScreen("{\"topic\":\"*\"}"); // the socket is open and listening on node-b
    HttpResponse<String> rename =
        onA.post(
            "t/acme/api/v1/servers/" + server + "/actions",
            "{\"type\":\"rename\",\"hostname\":\"web-renamed\"}");
    assertThat(rename.statusCode()).as(rename.body()).isEqualTo(202);
    push.awaitScreen("\"topic\":\"servers\"");
    push.close();

    HttpResponse<String> consoleTicket =
        onA.post("t/acme/api/v1/servers/" + server + "/console", "");
    assertThat(consoleTicket.statusCode()).as(consoleTicket.body()).isEqualTo(201);
    SocketClient console =
        SocketClient.open(
            node(400).base(), Http.json(consoleTicket.body()).getString("socketPath"));
    console.awaitScreen(":~# ");
    console.type("uname -a\r");
    console.awaitScreen("Linux ");
    console.type("exit\r");
    assertThat(console.awaitClosed()).isEqualTo("1000 logout");
  }

  @Test
  @Order(3)
  void aNodeThatDiesMidRunTakesNeitherItsVisitorNorItsChargingRunWithIt() throws Exception {
    Http visitor = Http.overHttp11(PROXY);
    HttpResponse<String> first = visitor.get("t/acme/login.xhtml");
    String servedBy = stickyNode(first);
    HttpResponse<String> login =
        FacesLogin.login(
            visitor, "t/acme/login.xhtml", "customer@acme.example", "acme-customer-demo");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    assertThat(visitor.get("t/acme/api/v1/me").body()).contains("customer@acme.example");
    assertThat(visitor.get("t/acme/portal/index.xhtml").statusCode()).isEqualTo(200);

    ProcessHandle node =
        ProcessHandle.of(
                Long.parseLong(Files.readString(CLUSTER.resolve(servedBy + ".pid")).trim()))
            .orElseThrow();
    Instant upTo = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    long deadRun;
    try (Connection db = database()) {
      db.setAutoCommit(false);
      try (Statement lock = db.createStatement()) {
        // Acme's charges wait for this lock: the node dies in the middle of the run
        lock.execute("LOCK TABLE t_acme.usage_charges IN SHARE MODE");
      }
      HttpResponse<String> started =
          operatorOn(servedBy).post(CHARGING, "{\"chargeAt\":\"" + upTo + "\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      deadRun = Http.json(started.body()).getJsonNumber("executionId").longValue();
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> waitsForTheLock(db, "t_acme.usage_charges"));
      assertThat((String) lease(db, upTo, "holder")).startsWith(node.pid() + "@");

      node.destroyForcibly();
      node.onExit().join();
      db.rollback();
    }

    HttpResponse<String> me = visitor.get("t/acme/api/v1/me");
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("customer@acme.example");
    String survivor = stickyNode(me);
    assertThat(survivor).as("now served by the other node").isNotEqualTo(servedBy);
    HttpResponse<String> page = visitor.get("t/acme/portal/index.xhtml");
    assertThat(page.statusCode()).as("still logged in, not sent to the login page").isEqualTo(200);

    try (Connection db = database()) {
      // 30 s of silence (the test nodes' setting), then the other node's lease keeper (every 15 s)
      // takes the run over
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(2))
          .until(() -> lease(db, upTo, "finished_at") != null);
      assertThat(lease(db, upTo, "takeovers")).isEqualTo(1);
      long rerun = ((Number) lease(db, upTo, "execution_id")).longValue();
      Http operator = operatorOn(survivor);
      assertThat(operator.get(EXECUTIONS + rerun).body()).contains("\"status\":\"COMPLETED\"");
      assertThat(operator.get(EXECUTIONS + deadRun).body()).contains("\"status\":\"FAILED\"");
      for (String schema : List.of("t_acme", "t_globex")) {
        assertEveryHourChargedOnce(db, schema, upTo);
        assertEveryWalletMatchesItsLedger(db, schema);
      }
    }
  }

  /** Each running server is charged once for every hour from its start to the run's hour. */
  private static void assertEveryHourChargedOnce(Connection db, String schema, Instant upTo)
      throws SQLException {
    List<Object[]> servers =
        rows(
            db,
            "SELECT s.id, s.billable_from, count(c.id), count(DISTINCT c.period_start),"
                + " min(c.period_start), max(c.period_start) FROM "
                + schema
                + ".servers s LEFT JOIN "
                + schema
                + ".usage_charges c ON c.server_id = s.id"
                + " WHERE s.status = 'RUNNING' GROUP BY s.id, s.billable_from");
    assertThat(servers).as(schema + " has a running server").isNotEmpty();
    for (Object[] server : servers) {
      Instant from = ((Timestamp) server[1]).toInstant().truncatedTo(ChronoUnit.HOURS);
      long hours = Duration.between(from, upTo.truncatedTo(ChronoUnit.HOURS)).toHours() + 1;
      assertThat((Long) server[2]).as(schema + " server " + server[0]).isEqualTo(hours);
      assertThat((Long) server[3]).as("no hour twice").isEqualTo(hours);
      assertThat(((Timestamp) server[4]).toInstant()).isEqualTo(from);
      assertThat(((Timestamp) server[5]).toInstant()).isEqualTo(upTo.truncatedTo(ChronoUnit.HOURS));
    }
  }

  /** No wallet was debited twice, nor for a charge that did not commit. */
  private static void assertEveryWalletMatchesItsLedger(Connection db, String schema)
      throws SQLException {
    List<Object[]> drift =
        rows(
            db,
            "SELECT w.id, w.balance, coalesce(sum(l.amount), 0) FROM "
                + schema
                + ".wallets w LEFT JOIN "
                + schema
                + ".ledger_entries l ON l.wallet_id = w.id GROUP BY w.id, w.balance"
                + " HAVING w.balance <> coalesce(sum(l.amount), 0)");
    assertThat(drift).as(schema + " wallets whose balance is not their ledger's sum").isEmpty();
  }

  private static boolean waitsForTheLock(Connection db, String table) throws SQLException {
    return !rows(
            db, "SELECT 1 FROM pg_locks WHERE NOT granted AND relation = '" + table + "'::regclass")
        .isEmpty();
  }

  private static Object lease(Connection db, Instant upTo, String column) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT "
                + column
                + " FROM platform.job_leases WHERE job_name = 'hourly-charging'"
                + " AND started_by = 'operator' AND period_start = ?")) {
      query.setTimestamp(1, Timestamp.from(upTo));
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("the run's lease").isTrue();
        return row.getObject(1);
      }
    }
  }

  private static List<Object[]> rows(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<Object[]> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static Connection database() throws SQLException {
    String url = System.getProperty("it.db.url").replaceAll("/[^/]+$", "/" + DB_NAME);
    return DriverManager.getConnection(url, "postgres", "");
  }

  /** The operator, asking the named node itself rather than whichever HAProxy picks. */
  private static Http operatorOn(String nodeName) {
    return node("node-a".equals(nodeName) ? 300 : 400)
        .as("operator@brandcloud.local", "operator-demo-pass");
  }

  private static Http node(int offset) {
    return Http.overHttp11(URI.create("http://127.0.0.1:" + (8080 + offset) + "/"));
  }

  /** The node HAProxy pins this visitor to, from the cookie it sets. */
  private static String stickyNode(HttpResponse<String> response) {
    return response.headers().allValues("set-cookie").stream()
        .filter(cookie -> cookie.startsWith("BCNODE="))
        .map(cookie -> cookie.substring("BCNODE=".length(), cookie.indexOf(';')))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "HAProxy set no BCNODE cookie: "
                        + response.statusCode()
                        + " "
                        + response.headers().map()));
  }

  private static boolean answers(HttpResponse<String> response) {
    return response.statusCode() == 200;
  }

  private static void recreateDatabase() throws SQLException {
    String url = System.getProperty("it.db.url").replaceAll("/[^/]+$", "/postgres");
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DB_NAME);
      statement.execute("ALTER DATABASE " + DB_NAME + " SET synchronous_commit = off");
    }
  }
}
