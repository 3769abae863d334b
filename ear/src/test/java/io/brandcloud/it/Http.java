package io.brandcloud.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for client-side tests: one cookie jar per instance, optional Basic
 * credentials.
 */
public final class Http {

  private final URI base;
  private final HttpClient.Version version;
  private final HttpClient client;
  private String authorization;
  private String host;
  private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

  public Http(URI base) {
    this(base, HttpClient.Version.HTTP_2);
  }

  private Http(URI base, HttpClient.Version version) {
    this.base = base;
    this.version = version;
    this.client =
        HttpClient.newBuilder()
            .version(version)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A client that speaks HTTP/1.1 only, as browsers do over plain HTTP: without the h2c upgrade the
   * JDK's client otherwise asks for, which a proxy such as HAProxy passes on untouched.
   */
  public static Http overHttp11(URI base) {
    return new Http(base, HttpClient.Version.HTTP_1_1);
  }

  /** The same client sending another Host header, as a browser on a tenant's own domain would. */
  public Http withHost(String hostName) {
    Http copy = copy();
    copy.host = hostName;
    return copy;
  }

  /** The same client with an API key instead of other credentials. */
  public Http bearer(String apiKey) {
    Http copy = copy();
    copy.authorization = "Bearer " + apiKey;
    return copy;
  }

  /** The same client sending one more header on every request. */
  public Http withHeader(String name, String value) {
    Http copy = copy();
    copy.headers.put(name, value);
    return copy;
  }

  private Http copy() {
    Http copy = new Http(base, version);
    copy.authorization = authorization;
    copy.host = host;
    copy.headers.putAll(headers);
    return copy;
  }

  /** The test server's address as a client outside it sees it (the port offset of the IT run). */
  public static URI testServer() {
    return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/");
  }

  /**
   * The server's own address, for tests that run inside it (the port offset is a system property
   * there).
   */
  public static URI localServer() {
    int offset = Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
    return URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
  }

  /** The password staff choose in tests after their first login with a one-time password. */
  public static final String OWN_STAFF_PASSWORD = "own-staff-password";

  /**
   * Trades a one-time password for {@link #OWN_STAFF_PASSWORD} over the API, as new staff must
   * before anything else, and returns it.
   */
  public static String chooseOwnPassword(
      URI server, String slug, String email, String oneTimePassword) {
    HttpResponse<String> chosen =
        new Http(server)
            .post(
                "t/" + slug + "/api/v1/account/one-time-password",
                "{\"email\":\"%s\",\"oneTimePassword\":\"%s\",\"newPassword\":\"%s\"}"
                    .formatted(email, oneTimePassword, OWN_STAFF_PASSWORD));
    if (chosen.statusCode() != 200) {
      throw new AssertionError("Choosing a password failed: " + chosen.body());
    }
    return OWN_STAFF_PASSWORD;
  }

  /** Parses a JSON object body with the server's JSON-P. */
  public static jakarta.json.JsonObject json(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  public static jakarta.json.JsonArray jsonArray(String body) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readArray();
    }
  }

  public URI base() {
    return base;
  }

  public Http as(String user, String password) {
    Http copy = new Http(base, version);
    copy.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, String json) {
    return withBody("POST", path, "application/json", json);
  }

  public HttpResponse<String> put(String path, String json) {
    return withBody("PUT", path, "application/json", json);
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with any method, content type and raw body, for tests of malformed input. */
  public HttpResponse<String> raw(String method, String path, String type, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postForm(String path, String form) {
    return withBody("POST", path, "application/x-www-form-urlencoded", form);
  }

  private HttpResponse<String> withBody(String method, String path, String type, String body) {
    return send(
        request(path)
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (host != null) {
      builder.header("Host", host);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
