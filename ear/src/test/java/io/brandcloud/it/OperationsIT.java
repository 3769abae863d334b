package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators see of a node: the request id a caller brings is kept and echoed, every log line
 * of a request names its tenant, request and caller in the JSON log, and the management port's
 * health endpoints say whether the node is live, started and ready, with each dependency.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  private final Http http = new Http(PortalSmokeIT.base());
  private final Http management =
      new Http(URI.create("http://127.0.0.1:" + Integer.getInteger("it.management.port") + "/"));

  @Test
  void aRequestKeepsTheIdItBroughtAndAnswersWithIt() {
    HttpResponse<String> brought =
        http.withHeader("X-Request-Id", "lb-7f3a.9:2").get("t/acme/api/v1");
    assertThat(brought.headers().firstValue("X-Request-Id")).contains("lb-7f3a.9:2");

    HttpResponse<String> none = http.get("t/acme/api/v1");
    assertThat(none.headers().firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{8}"));
    for (String unfit : List.of("<script>", "x".repeat(65), "a b")) {
      HttpResponse<String> replaced =
          http.withHeader("X-Request-Id", unfit).get("t/acme/login.xhtml");
      assertThat(replaced.headers().firstValue("X-Request-Id"))
          .as(unfit)
          .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{8}"));
    }
  }

  @Test
  void aRequestsLogLinesNameItsTenantRequestAndCallerInTheJsonLog() {
    FreshShop shop = FreshShop.open(http, "logs", "EUR");
    String requestId = "it-" + UUID.randomUUID();
    HttpResponse<String> created =
        shop.admin
            .withHeader("X-Request-Id", requestId)
            .post(shop.api("/admin/content/categories"), "{\"name\":\"Logged\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    JsonObject line =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> logLineOf(requestId, "content.category.created"), Optional::isPresent)
            .orElseThrow();
    JsonObject context = line.getJsonObject("mdc");
    assertThat(context.getString("tenant")).isEqualTo(shop.slug);
    assertThat(context.getString("caller")).matches("user:\\d+");
    assertThat(line.getString("level")).isEqualTo("INFO");
    assertThat(line.getString("service")).isEqualTo("brandcloud");
  }

  @Test
  void theNodeIsLiveStartedAndReadyWithEachDependencyAndAFailingProviderOnlyDegradesIt() {
    assertThat(management.get("health/live").statusCode()).isEqualTo(200);
    assertThat(management.get("health/started").body()).contains("\"name\":\"schemas\"");
    JsonObject ready = Http.json(management.get("health/ready").body());
    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(check(ready, "database").getJsonObject("data").containsKey("BrandcloudDSMs"))
        .isTrue();
    assertThat(check(ready, "database").getJsonObject("data").containsKey("BrandcloudBatchDSMs"))
        .isTrue();
    assertThat(check(ready, "schemas").getString("status")).isEqualTo("UP");
    assertThat(check(ready, "queues").getJsonObject("data").getString("state"))
        .isIn("ok", "degraded");

    FreshShop shop = FreshShop.open(http, "health", "EUR");
    HttpResponse<String> added =
        shop.admin.post(
            shop.api("/admin/connections"),
            "{\"name\":\"Gone\",\"type\":\"linode\",\"apiUrl\":\"http://127.0.0.1:9\","
                + "\"token\":\"health-token\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long id = Http.json(added.body()).getJsonNumber("id").longValue();
    assertThat(shop.admin.post(shop.api("/admin/connections/" + id + "/check"), "").body())
        .contains("could not reach the provider");

    String tenantConnection = shop.slug + "/Gone";
    JsonObject degraded =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> check(Http.json(management.get("health/ready").body()), "providers"),
                providers ->
                    providers
                        .getJsonObject("data")
                        .getString("failing", "")
                        .contains(tenantConnection));
    assertThat(degraded.getString("status"))
        .as("a provider never takes the node out")
        .isEqualTo("UP");
    assertThat(degraded.getJsonObject("data").getString("state")).isEqualTo("degraded");
    assertThat(management.get("health/ready").statusCode()).isEqualTo(200);
    shop.admin.put(shop.api("/admin/connections/" + id), "{\"active\":false}");
  }

  @Test
  void prometheusReadsTheJvmAndBothDatabasePools() {
    String metrics = management.get("metrics").body();
    assertThat(metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes"))).isNotEmpty();
    for (String pool : List.of("BrandcloudDS", "BrandcloudBatchDS")) {
      assertThat(metrics.lines())
          .as(pool + " counts what it lends out")
          .anyMatch(
              l ->
                  l.startsWith("datasources_pool_in_use_count")
                      && l.contains("name=\"" + pool + "\""));
    }
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  private static Optional<JsonObject> logLineOf(String requestId, String message) {
    // each fork's server runs from its own copy of the standalone directory (arquillian.xml)
    Path log = Path.of(System.getProperty("it.server.base.dir"), "log", "server.json");
    try (var lines = Files.lines(log)) {
      return lines
          .filter(l -> l.contains(requestId) && l.contains(message))
          .map(l -> jakarta.json.Json.createReader(new StringReader(l)).readObject())
          .filter(l -> requestId.equals(l.getJsonObject("mdc").getString("requestId", null)))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
