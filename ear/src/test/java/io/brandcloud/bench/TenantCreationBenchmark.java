package io.brandcloud.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Creates tenants through the operator API of a running panel (the demo by default) and prints how
 * long each took: schema, migrations, platform record and first admin. Not a test; run it by hand,
 * see the development guide (handbook).
 */
public final class TenantCreationBenchmark {

  private TenantCreationBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    int count = Integer.getInteger("bench.tenants", 20);
    String credentials =
        System.getProperty("bench.operator", "operator@brandcloud.local:operator-demo-pass");
    HttpClient client = HttpClient.newHttpClient();
    String run = UUID.randomUUID().toString().substring(0, 4);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String slug = "bench-" + run + "-" + i;
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/platform/v1/tenants"))
              .header("Content-Type", "application/json")
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      """
                      {"slug":"%s","name":"Bench %s","currency":"EUR","primaryColor":"#495057",
                       "adminEmail":"admin@%s.bench"}"""
                          .formatted(slug, slug, slug)))
              .build();
      long started = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            slug + ": " + response.statusCode() + " " + response.body());
      }
      millis.add(elapsed);
    }
    Collections.sort(millis);
    System.out.printf(
        "tenant-creation tenants=%d p50_ms=%d p95_ms=%d max_ms=%d%n",
        count,
        millis.get(count / 2),
        millis.get((int) Math.ceil(count * 0.95) - 1),
        millis.get(count - 1));
  }
}
