package io.brandcloud.payments.infrastructure.paypal;

import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.shared.VendorEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PayPal's REST API over {@code java.net.http}: an OAuth token per account (client credentials,
 * kept until shortly before it expires), JSON in and out, a {@code PayPal-Request-Id} on every call
 * that changes something (PayPal's idempotency key), bounded timeouts. A 5xx, 429 or network
 * failure may pass; other refusals do not. Secrets never appear in messages.
 */
final class PayPalApi {

  static final String LIVE = "https://api-m.paypal.com";
  static final String SANDBOX = "https://api-m.sandbox.paypal.com";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .proxy(HttpClient.Builder.NO_PROXY)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private record Token(String value, Instant expires) {}

  /** An answer: its status and JSON body (empty object when there was none). */
  record Answer(int status, JsonObject body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final GatewayAccount account;
  private final String base;

  PayPalApi(GatewayAccount account) {
    this.account = account;
    this.base = account.apiUrl() != null ? account.apiUrl() : account.live() ? LIVE : SANDBOX;
    VendorEndpoint paypal = GatewayKind.PAYPAL.endpoint();
    if (!paypal.owns(URI.create(base)) && !paypal.takesOtherAddresses()) {
      // an address saved before only PayPal's own hosts were taken
      throw new GatewayException(
          "PayPal: the gateway's address is not PayPal's own; set it again", false);
    }
  }

  Answer get(String path) {
    return send(authorised(path).GET().build());
  }

  /** A POST that changes something, once per {@code requestId}. */
  Answer post(String path, String json, String requestId) {
    HttpRequest.Builder request =
        authorised(path)
            .header("Content-Type", "application/json")
            .header("Prefer", "return=representation")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (requestId != null) {
      request.header("PayPal-Request-Id", requestId);
    }
    return send(request.build());
  }

  /** Fails with PayPal's own explanation unless the answer is a success. */
  static JsonObject require(Answer answer, String doing) {
    if (answer.ok()) {
      return answer.body();
    }
    String why =
        answer.body().getString("message", answer.body().getString("error_description", ""));
    throw new GatewayException(
        "PayPal refused " + doing + " (HTTP " + answer.status() + "): " + why,
        answer.status() >= 500 || answer.status() == 429);
  }

  private HttpRequest.Builder authorised(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token());
  }

  /** The account's access token, asked for again a minute before it expires. */
  String token() {
    String key = base + "|" + account.publicId() + "|" + account.secret().hashCode();
    Token cached = TOKENS.get(key);
    if (cached != null && Instant.now().isBefore(cached.expires())) {
      return cached.value();
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (account.publicId() + ":" + account.secret()).getBytes(StandardCharsets.UTF_8));
    Answer answer =
        send(
            HttpRequest.newBuilder(URI.create(base + "/v1/oauth2/token"))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    if (answer.status() == 401) {
      throw new GatewayException("PayPal does not accept the client id and secret", false);
    }
    JsonObject body = require(answer, "the client credentials");
    String accessToken = body.getString("access_token", "");
    if (accessToken.isBlank()) {
      throw new GatewayException("PayPal's answer to the client credentials has no token", true);
    }
    int validFor = body.get("expires_in") instanceof JsonNumber seconds ? seconds.intValue() : 0;
    Token token = new Token(accessToken, Instant.now().plusSeconds(Math.max(0, validFor - 60)));
    TOKENS.put(key, token);
    return token.value();
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), json(response.body()));
    } catch (IOException e) {
      throw new GatewayException("PayPal: could not reach the gateway", true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException("Interrupted while waiting for PayPal", true);
    }
  }

  private static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try {
      return Json.createReader(new StringReader(body)).readObject();
    } catch (JsonException | IllegalStateException e) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }
}
