package io.brandcloud.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark's REST client of one tenant's API on the panel it started: requests that must answer
 * as expected, the first value of a field in an answer, and a batch of requests from several
 * connections at once.
 */
final class BenchClient {

  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^\",}]*)");

  private final HttpClient http = HttpClient.newHttpClient();
  private final PanelHarness panel;
  private final String base;

  /** One request of a parallel batch. */
  interface Call {
    String send(int index) throws Exception;
  }

  BenchClient(PanelHarness panel, String base) {
    this.panel = panel;
    this.base = base;
  }

  String send(String credentials, String method, String path, String body, int expected)
      throws Exception {
    return send(
        credentials == null ? Map.of() : Map.of("Authorization", credentials),
        method,
        path,
        body,
        expected);
  }

  /** A request with these headers; fails unless it answers {@code expected}. */
  String send(Map<String, String> headers, String method, String path, String body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + panel.httpPort() + base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Calls {@code call} for 0 … n-1 from {@code senders} threads; answers in order. */
  static List<String> inParallel(int n, int senders, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        answers.add(pool.submit(() -> call.send(index)));
      }
      List<String> done = new ArrayList<>();
      for (Future<String> answer : answers) {
        done.add(answer.get());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first value of a field in a JSON answer. */
  static String field(String json, String name) {
    Matcher matcher = FIELD.matcher(json);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return matcher.group(2);
      }
    }
    throw new IllegalStateException("No " + name + " in " + json);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
