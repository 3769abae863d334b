package io.brandcloud.provisioning.infrastructure.vnc;

import io.brandcloud.provisioning.domain.ConsoleAccess;
import io.brandcloud.provisioning.domain.ConsoleBridge;
import io.brandcloud.provisioning.domain.ConsoleScreen;
import io.brandcloud.provisioning.domain.ConsoleStream;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens VNC consoles ({@link ConsoleAccess.Kind#VNC}): a WebSocket to the provider's VNC proxy
 * (websockify's "binary" protocol), answered by {@link VncConsole}. The server speaks first, so the
 * browser's half of the handshake starts once the server's password has been accepted.
 */
@ApplicationScoped
public class VncConsoles implements ConsoleBridge {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  @Override
  public ConsoleAccess.Kind kind() {
    return ConsoleAccess.Kind.VNC;
  }

  @Override
  public ConsoleStream attach(ConsoleAccess access, String hostname, ConsoleScreen screen) {
    URI target;
    try {
      target = URI.create(access.url());
    } catch (IllegalArgumentException e) {
      // the address carries the provider's session token: it is never repeated
      throw refused("VNC", "not a WebSocket address");
    }
    String where = "VNC at " + target.getHost();
    VncConsole console = new VncConsole(access.password(), screen);
    CompletableFuture<WebSocket> opening;
    try {
      opening =
          client
              .newWebSocketBuilder()
              .subprotocols("binary")
              .connectTimeout(CONNECT_TIMEOUT)
              .buildAsync(target, console);
    } catch (IllegalArgumentException e) {
      throw refused(where, "not a WebSocket address");
    }
    try {
      console.connected(opening.get(CONNECT_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS));
      return console;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      // a failure's own text may repeat the address and its token: only its kind is told
      throw refused(where, cause.getClass().getSimpleName());
    } catch (TimeoutException e) {
      opening.thenAccept(WebSocket::abort);
      throw refused(where, "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      opening.thenAccept(WebSocket::abort);
      Thread.currentThread().interrupt();
      throw refused(where, "interrupted");
    }
  }

  private static BrandcloudException refused(String where, String why) {
    return new BrandcloudException(ErrorCode.PROVIDER_FAILED, where + ": " + why);
  }
}
