package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Discord as the IT server meets it: its API on the fork's {@link ItFork#discordPort()} of this JVM
 * ({@code BRANDCLOUD_DISCORD_API} in the ear's pom) recording what the panel posts, and an
 * application's Ed25519 key that signs interactions as Discord does. What is sent is checked
 * against Discord's document in the ejb module's contract test; here it is what happens that
 * counts.
 */
public final class DiscordStandIn implements AutoCloseable {

  static final int PORT = ItFork.discordPort();
  public static final String APPLICATION_ID = "1190000000000000000";
  static final String WEBHOOK_ID = "1181000000000000001";
  static final String WEBHOOK_TOKEN = "hook-token_ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  public static final String WEBHOOK_URL =
      "https://discord.com/api/webhooks/" + WEBHOOK_ID + "/" + WEBHOOK_TOKEN;

  /** A request the panel sent Discord. */
  public record Sent(String method, String path, String authorization, String body, int status) {}

  /** An answer other than 200 that Discord gives to the next request. */
  private record Refusal(int status, String retryAfter, String body) {}

  private final HttpServer server;
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final java.util.Queue<Refusal> refusals =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final KeyPair application;

  private DiscordStandIn(boolean serving) {
    try {
      application = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      server = serving ? HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    if (serving) {
      serve();
    }
  }

  private void serve() {
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Refusal refusal = refusals.poll();
          sent.add(
              new Sent(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  new String(body, StandardCharsets.UTF_8),
                  refusal == null ? 200 : refusal.status()));
          if (refusal != null) {
            byte[] said = refusal.body().getBytes(StandardCharsets.UTF_8);
            if (refusal.retryAfter() != null) {
              exchange.getResponseHeaders().add("Retry-After", refusal.retryAfter());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(refusal.status(), said.length);
            exchange.getResponseBody().write(said);
            exchange.close();
            return;
          }
          byte[] answer =
              (exchange.getRequestMethod().equals("PUT")
                      ? "[]"
                      : "{\"id\":\"1200000000000000000\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  public static DiscordStandIn start() {
    return new DiscordStandIn(true);
  }

  /**
   * An application's key only, with no API served: for a second shop, and for tests that run inside
   * the server, which cannot use the JDK's HTTP server.
   */
  static DiscordStandIn keyOnly() {
    return new DiscordStandIn(false);
  }

  /** The application's public key as Discord shows it: 32 raw bytes in hex. */
  public String publicKey() {
    byte[] encoded = application.getPublic().getEncoded();
    return HexFormat.of()
        .formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  /** The settings that connect a shop to this stand-in. */
  String settings() {
    return """
        {"applicationId":"%s","publicKey":"%s","webhookUrl":"%s",
         "botToken":"bot.token-value_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
        """
        .formatted(APPLICATION_ID, publicKey(), WEBHOOK_URL);
  }

  /** Answers the next request with a rate limit of {@code seconds}, as Discord does. */
  void rateLimitNext(int seconds) {
    refusals.add(
        new Refusal(
            429,
            Integer.toString(seconds),
            "{\"message\":\"You are being rate limited.\",\"retry_after\":"
                + seconds
                + ",\"global\":false}"));
  }

  /** Answers the next request as Discord does once the webhook was deleted. */
  void forgetTheWebhook() {
    refusals.add(new Refusal(404, null, "{\"message\":\"Unknown Webhook\",\"code\":10015}"));
  }

  /** The posts Discord took so far, in the order it took them, as their JSON bodies. */
  List<String> posts() {
    return sent.stream()
        .filter(s -> s.status() == 200)
        .filter(s -> s.path().equals("/api/v10/webhooks/" + WEBHOOK_ID + "/" + WEBHOOK_TOKEN))
        .map(Sent::body)
        .toList();
  }

  /** The first post to the channel that contains {@code text}, waited for. */
  String awaitPost(String text) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> posts().stream().filter(p -> p.contains(text)).findFirst(), p -> p.isPresent())
        .orElseThrow();
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  /**
   * Posts {@code body} to the interactions endpoint at {@code path}, signed now by the application.
   */
  java.net.http.HttpResponse<String> interact(Http http, String path, String body) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return http.withHeader("X-Signature-Timestamp", timestamp)
        .withHeader("X-Signature-Ed25519", sign(timestamp, body))
        .post(path, body);
  }

  /** A {@code /reply} as Discord sends it for {@code discordUserId} in a server. */
  static String reply(String interactionId, String discordUserId, long ticket, String text) {
    return """
        {"type":2,"id":"%s","application_id":"%s","token":"aW50ZXJhY3Rpb24","version":1,
         "member":{"user":{"id":"%s","username":"staff"}},
         "data":{"id":"1","name":"reply","type":1,
                 "options":[{"name":"ticket","type":4,"value":%d},{"name":"text","type":3,"value":"%s"}]}}
        """
        .formatted(interactionId, APPLICATION_ID, discordUserId, ticket, text);
  }

  String sign(String timestamp, String body) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(application.getPrivate());
      signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
      signer.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
