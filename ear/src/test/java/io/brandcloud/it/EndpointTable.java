package io.brandcloud.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table of API endpoints kept as a test resource, one per line: method, path below {@code
 * /api/v1}, the permission it needs, then the body a call sends (well-formed, so that a refusal
 * cannot hide behind a 400) or the type of body the endpoint reads where it is not JSON.
 */
final class EndpointTable {

  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

  private EndpointTable() {}

  /** One endpoint of the table. */
  record Endpoint(String method, String path, String permission, String bodyType, String body) {

    String operation() {
      return method + " " + path;
    }

    HttpResponse<String> call(Http http, Function<String, String> concrete) {
      String target = concrete.apply(path);
      return switch (method) {
        case "GET" -> http.get(target);
        case "DELETE" -> http.delete(target);
        default -> http.raw(method, target, bodyType, body.getBytes(UTF_8));
      };
    }

    private static Endpoint of(String[] fields) {
      String rest = fields.length > 3 ? fields[3] : "{}";
      boolean json = rest.startsWith("{");
      return new Endpoint(
          fields[0], fields[1], fields[2], json ? "application/json" : rest, json ? rest : "{}");
    }
  }

  /**
   * Calls every endpoint as one caller and returns the answers that go against the table: a 403
   * where {@code may} says the caller may, or anything but 403 where it says the caller may not
   * (and a 5xx anywhere). Empty when each refusal falls exactly where the table puts it.
   */
  static List<String> misanswered(
      String caller,
      Http http,
      List<Endpoint> endpoints,
      Predicate<Endpoint> may,
      Function<String, String> concrete) {
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      HttpResponse<String> answer = endpoint.call(http, concrete);
      int status = answer.statusCode();
      boolean right = may.test(endpoint) ? status != 403 && status < 500 : status == 403;
      if (!right) {
        wrong.add(status + " for " + caller + " × " + endpoint.operation() + ": " + answer.body());
      }
    }
    return wrong;
  }

  static List<Endpoint> read(String resource) {
    try (InputStream table = EndpointTable.class.getResourceAsStream(resource)) {
      return new String(table.readAllBytes(), UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.trim().split("\\s+", 4))
          .map(Endpoint::of)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every operation of the tenant API that the API document lists at a path (below {@code /api/v1})
   * the filter takes, as "METHOD /path".
   */
  static List<String> operationsInTheApiDocument(Http http, Predicate<String> paths) {
    HttpResponse<String> document = http.get("openapi?format=JSON");
    assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
    JsonObject all = Http.json(document.body()).getJsonObject("paths");
    List<String> operations = new ArrayList<>();
    all.forEach(
        (path, item) -> {
          int version = path.indexOf("/v1/");
          if (version < 0 || path.startsWith("/api/platform")) {
            return;
          }
          String below = path.substring(version + 3);
          if (!paths.test(below)) {
            return;
          }
          item.asJsonObject().keySet().stream()
              .filter(HTTP_METHODS::contains)
              .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + below));
        });
    return operations;
  }
}
