package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request to a typed address goes to the address checked, under its name, and nowhere else. */
class PinnedHttpTest {

  private HttpServer server;
  private final List<String> hosts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void listen() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hosts.add(exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI());
          byte[] body = "moved".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/moved") ? 302 : 200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theRequestIsSentToTheCheckedAddressUnderItsName() throws Exception {
    URI typed = URI.create("http://localhost:" + server.getAddress().getPort() + "/api/v1?x=1");

    PinnedHttp.Target target = PinnedHttp.target(typed);
    HttpResponse<String> answer =
        PinnedHttp.client(target, Duration.ofSeconds(5))
            .send(PinnedHttp.request(target).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(target.pinned().getHost()).isEqualTo(target.address().getHostAddress());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(hosts).containsExactly("localhost:" + server.getAddress().getPort() + "/api/v1?x=1");
  }

  @Test
  void aRedirectIsAnswerNotAJourney() throws Exception {
    PinnedHttp.Target target =
        PinnedHttp.target(
            URI.create("http://localhost:" + server.getAddress().getPort() + "/moved"));

    HttpResponse<String> answer =
        PinnedHttp.client(target, Duration.ofSeconds(5))
            .send(PinnedHttp.request(target).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(hosts).hasSize(1);
  }
}
