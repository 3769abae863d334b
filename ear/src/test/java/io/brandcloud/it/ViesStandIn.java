package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The EU's VIES as the IT server meets it: {@code POST /vies/check-vat-number} on the fork's {@link
 * ItFork#viesPort()} ({@code BRANDCLOUD_VIES_API} in the ear's pom), answering as the Commission's
 * document describes: valid for the numbers it was told are registered, not valid for any other,
 * and a member state that is down while it is told so. A plain socket server, so that it also runs
 * inside WildFly for the tests that run there. What the panel sends is checked against the
 * Commission's document in the ejb module's contract test.
 */
public final class ViesStandIn implements AutoCloseable {

  private final ServerSocket socket;
  private final Map<String, String> registered = new ConcurrentHashMap<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger consultations = new AtomicInteger();
  private final List<JsonObject> asked = new CopyOnWriteArrayList<>();

  private ViesStandIn() {
    try {
      socket = new ServerSocket(ItFork.viesPort(), 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread serving = new Thread(this::serve, "vies-stand-in");
    serving.setDaemon(true);
    serving.start();
  }

  public static ViesStandIn start() {
    return new ViesStandIn();
  }

  /** A VAT number (with its member state's code) the register holds, under a trader's name. */
  public ViesStandIn registering(String vatNumber, String name) {
    registered.put(vatNumber.toUpperCase(Locale.ROOT), name);
    return this;
  }

  /** The register holds the number no longer: its trader stopped trading, say. */
  public ViesStandIn deregistering(String vatNumber) {
    registered.remove(vatNumber.toUpperCase(Locale.ROOT));
    return this;
  }

  /** Every question is answered as by a member state that is down, until {@link #up}. */
  public ViesStandIn down() {
    down.set(true);
    return this;
  }

  public ViesStandIn up() {
    down.set(false);
    return this;
  }

  /** Every question asked, as its JSON body. */
  public List<JsonObject> asked() {
    return List.copyOf(asked);
  }

  /**
   * Waits until the billing details at {@code path} tell the tax id check's {@code status}, and
   * returns that check.
   */
  public static JsonObject awaitCheck(Http reader, String path, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              HttpResponse<String> details = reader.get(path);
              assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
              JsonObject body = Http.json(details.body());
              return body.containsKey("taxIdCheck")
                  ? body.getJsonObject("taxIdCheck")
                  : JsonObject.EMPTY_JSON_OBJECT;
            },
            check -> status.equals(check.getString("status", "")));
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        try {
          answer(client);
        } catch (RuntimeException unreadable) {
          respond(client.getOutputStream(), 400, "{\"actionSucceed\":false}");
        }
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // a client that went away mid-question asks again; the stand-in keeps serving
      }
    }
  }

  private void answer(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    String requestLine = in.readLine();
    int length = 0;
    for (String header = in.readLine();
        header != null && !header.isEmpty();
        header = in.readLine()) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).strip());
      }
    }
    char[] body = new char[length];
    int read = 0;
    while (read < length) {
      int n = in.read(body, read, length - read);
      if (n < 0) {
        break;
      }
      read += n;
    }
    if (requestLine == null || !requestLine.startsWith("POST /vies/check-vat-number ")) {
      respond(client.getOutputStream(), 404, "{}");
      return;
    }
    JsonObject question;
    try (JsonReader reader = Json.createReader(new StringReader(new String(body, 0, read)))) {
      question = reader.readObject();
    }
    asked.add(question);
    if (down.get()) {
      respond(
          client.getOutputStream(),
          500,
          "{\"actionSucceed\":false,\"errorWrappers\":[{\"error\":\"MS_UNAVAILABLE\","
              + "\"message\":\"Member State service unavailable.\"}]}");
      return;
    }
    String country = question.getString("countryCode");
    String number = question.getString("vatNumber");
    String name = registered.get(country + number);
    boolean onBehalf = question.containsKey("requesterNumber");
    respond(
        client.getOutputStream(),
        200,
        Json.createObjectBuilder()
            .add("countryCode", country)
            .add("vatNumber", number)
            .add("requestDate", Instant.now().toString())
            .add("valid", name != null)
            .add(
                "requestIdentifier",
                onBehalf ? "WAPIAAAA" + (1000 + consultations.incrementAndGet()) : "")
            .add("name", name == null ? "---" : name)
            .add("address", "---")
            .build()
            .toString());
  }

  private static void respond(OutputStream out, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(
        ("HTTP/1.1 "
                + status
                + (status == 200 ? " OK" : " Error")
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
