package io.brandcloud.provisioning.providers.infrastructure.vendor;

import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderException.Kind;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.PinnedHttp;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.VendorEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * One vendor's JSON API over {@code java.net.http}, as every provider client calls it: the
 * account's token as a bearer, bounded timeouts, and every answer that is not a 2xx turned into a
 * {@link ProviderException} that says what the vendor said and whether trying again may help. A 429
 * or a 5xx is not retried here (no thread waits): the server action queue retries with backoff, at
 * the earliest when the vendor's {@code Retry-After} says. Neither the token nor request bodies are
 * ever put into a message or a log.
 *
 * <p>A vendor with hosts of its own is called only there; any other address (a VirtFusion panel, a
 * stand-in where the operator allows one) is looked up once, checked and called at the address
 * checked (see {@link PinnedHttp}). A failure to connect or to be answered in time reads the same
 * whatever its cause, so the panel tells nobody which ports are open where.
 */
public final class VendorApi {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_MESSAGE = 300;
  private static final Duration DEFAULT_RETRY = Duration.ofSeconds(30);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final VendorEndpoint endpoint;
  private final String vendor;
  private final URI base;
  private final String token;
  private final Function<JsonValue, String> errorText;

  /**
   * @param errorText the vendor's error envelope as one line of text
   */
  public VendorApi(
      VendorEndpoint endpoint, ProviderAccount account, Function<JsonValue, String> errorText) {
    String vendor = endpoint.vendor();
    if (account.apiUrl() == null || account.apiUrl().isBlank()) {
      throw new ProviderException(Kind.UNAUTHORIZED, vendor + ": the connection has no address");
    }
    if (account.token() == null || account.token().isBlank()) {
      throw new ProviderException(Kind.UNAUTHORIZED, vendor + ": the connection has no token");
    }
    this.endpoint = endpoint;
    this.vendor = vendor;
    this.base = URI.create(account.apiUrl());
    this.token = account.token();
    this.errorText = errorText;
  }

  public JsonValue get(String path) {
    return send("GET", path, null);
  }

  public JsonValue post(String path, JsonObject body) {
    return send("POST", path, body);
  }

  public JsonValue put(String path, JsonObject body) {
    return send("PUT", path, body);
  }

  public JsonValue delete(String path) {
    return send("DELETE", path, null);
  }

  /** Deletes {@code path}; one already gone counts as deleted, so a retried delete succeeds. */
  public void deleteIfPresent(String path) {
    try {
      delete(path);
    } catch (ProviderException e) {
      if (e.kind() != ProviderException.Kind.NOT_FOUND) {
        throw e;
      }
    }
  }

  /**
   * Sends a request with no body at all when {@code body} is null (some vendors refuse even {@code
   * {}}), and answers the parsed JSON, or {@link JsonValue#NULL} for an empty answer.
   */
  public JsonValue send(String method, String path, JsonObject body) {
    URI target = base.resolve(path);
    HttpClient client;
    HttpRequest.Builder request;
    try {
      if (endpoint.owns(target)) {
        client = CLIENT;
        request = HttpRequest.newBuilder(target);
      } else if (endpoint.takesOtherAddresses() && sameServer(target)) {
        PinnedHttp.Target pinned = PinnedHttp.target(target);
        client = PinnedHttp.client(pinned, CONNECT_TIMEOUT);
        request = PinnedHttp.request(pinned);
      } else {
        throw new OutboundRefusal(
            "the connection's address is not " + vendor + "'s own; set it again");
      }
    } catch (OutboundRefusal e) {
      throw new ProviderException(Kind.UNAVAILABLE, vendor + ": " + e.getMessage());
    }
    request
        .timeout(CALL_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        // JSON wanted, anything taken: some answers are empty or plain text (VirtFusion's 201s)
        .header("Accept", "application/json, */*;q=0.1");
    if (body == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ProviderException(Kind.UNAVAILABLE, unreachable(vendor));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(Kind.UNAVAILABLE, vendor + ": the call was interrupted");
    }
    return answer(method, path, response);
  }

  /**
   * What any failure to connect or to be answered says: refused, timed out, reset or a TLS failure
   * alike, so that nobody learns from it which ports are open.
   */
  public static String unreachable(String vendor) {
    return vendor + ": could not reach the provider";
  }

  /** A path resolved against the base stays on the base's server ("//host/…" would leave it). */
  private boolean sameServer(URI target) {
    return target.getHost() != null
        && target.getHost().equalsIgnoreCase(base.getHost())
        && target.getPort() == base.getPort()
        && target.getScheme().equalsIgnoreCase(base.getScheme());
  }

  private JsonValue answer(String method, String path, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonValue parsed = parse(response.body());
    if (status >= 200 && status < 300) {
      return parsed;
    }
    String said = parsed == JsonValue.NULL ? "" : PlainText.cut(describe(parsed), MAX_MESSAGE);
    String message =
        vendor
            + " answered "
            + status
            + " to "
            + method
            + " "
            + path.replaceAll("\\?.*", "")
            + (said.isBlank() ? "" : ": " + said);
    if (status == 429) {
      Duration wait =
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(VendorApi::seconds)
              .orElse(DEFAULT_RETRY);
      throw new ProviderException(Kind.UNAVAILABLE, message, wait);
    }
    throw new ProviderException(kindOf(status), message);
  }

  private String describe(JsonValue body) {
    try {
      String text = errorText.apply(body);
      return text == null ? "" : text;
    } catch (RuntimeException e) {
      return "";
    }
  }

  static Kind kindOf(int status) {
    if (status == 401 || status == 403) {
      return Kind.UNAUTHORIZED;
    }
    if (status == 404) {
      return Kind.NOT_FOUND;
    }
    // 409, 423 and 425: the object is busy with earlier work; 408 and 5xx: the vendor's trouble
    if (status == 408 || status == 409 || status == 423 || status == 425 || status >= 500) {
      return Kind.UNAVAILABLE;
    }
    return Kind.REFUSED;
  }

  private static JsonValue parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.NULL;
    }
    try (JsonReader reader = READERS.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      return JsonValue.NULL;
    }
  }

  private static java.util.Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.strip());
      return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Math.min(seconds, 3600))));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
