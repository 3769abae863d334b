package io.brandcloud.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.FacesLogin;
import io.brandcloud.it.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
 * loopback, one database) as a visitor meets it: logged in through HAProxy, the node that served
 * them is killed, and their next requests, now served by the other node, are still theirs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path CLUSTER = ROOT.resolve("ear/target/cluster");
  private static final int PROXY_PORT = Integer.getInteger("cluster.proxy.port", 18080);
  private static final String DB_NAME = "brandcloud_cluster";
  private static final URI PROXY = URI.create("http://127.0.0.1:" + PROXY_PORT + "/");

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
            // a throw-away key for this test's servers only
            "BRANDCLOUD_SECRET_KEY", "Fgi98Ky/5a7Kd86WV2i6evUfQnVrBMdMLKrWe7Vd+ug=",
            "JBOSS_JAVA_SIZING", "-Xms512m -Xmx768m -XX:MaxMetaspaceSize=512m"));
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
  void aVisitorStaysLoggedInWhenTheNodeThatServedThemDies() throws IOException {
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
    node.destroyForcibly();
    node.onExit().join();

    HttpResponse<String> me = visitor.get("t/acme/api/v1/me");
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("customer@acme.example");
    assertThat(stickyNode(me)).as("now served by the other node").isNotEqualTo(servedBy);
    HttpResponse<String> page = visitor.get("t/acme/portal/index.xhtml");
    assertThat(page.statusCode()).as("still logged in, not sent to the login page").isEqualTo(200);
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
    }
  }
}
