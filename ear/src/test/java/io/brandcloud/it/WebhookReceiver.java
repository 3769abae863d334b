package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.brandcloud.webhooks.domain.WebhookSignature;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A customer's own system receiving webhooks, in the test JVM on a free port: it records every
 * delivery per path, keeps each event once by its id as a receiver should, and answers 200 unless
 * told to fail the next one.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived. */
  record Received(String path, Map<String, String> headers, String body) {

    JsonObject json() {
      return Http.json(body);
    }

    /** From its header: a chat's line has no id in its body. */
    String eventId() {
      return headers.get("brandcloud-event-id");
    }

    String type() {
      return json().getString("type");
    }

    boolean signedWith(String secret) {
      return WebhookSignature.verify(
          secret, headers.get("brandcloud-signature"), body, Instant.now(), Duration.ofMinutes(5));
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Received> byEventAndPath = new ConcurrentHashMap<>();
  private final Map<String, Queue<Integer>> failures = new ConcurrentHashMap<>();

  private WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
          Received one = new Received(exchange.getRequestURI().getPath(), headers, body);
          received.add(one);
          Integer failure = failures.getOrDefault(one.path(), new ConcurrentLinkedQueue<>()).poll();
          if (failure == null) {
            byEventAndPath.putIfAbsent(one.path() + " " + one.eventId(), one);
          }
          exchange.sendResponseHeaders(failure == null ? 200 : failure, -1);
          exchange.close();
        });
    server.start();
  }

  static WebhookReceiver start() {
    return new WebhookReceiver();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers the next delivery to {@code path} with {@code status}. */
  void failNext(String path, int status) {
    failures.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(status);
  }

  /** Every request to {@code path}, repeats included, in the order they came. */
  List<Received> all(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The events {@code path} kept, each once, in the order they first arrived. */
  List<Received> kept(String path) {
    return received.stream()
        .filter(r -> r.path().equals(path))
        .filter(r -> byEventAndPath.get(r.path() + " " + r.eventId()) == r)
        .toList();
  }

  /** Waits until {@code path} has kept an event of {@code type}, and answers it. */
  Received awaitKept(String path, String type) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> kept(path).stream().filter(r -> r.type().equals(type)).findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
