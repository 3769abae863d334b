package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleBridge;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.PinnedHttp;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
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

  @Override
  public ConsoleAccess.Kind kind() {
    return ConsoleAccess.Kind.VNC;
  }

  /**
   * Connects to the address the provider named, looked up once and checked like every address a
   * tenant's connection leads to (see {@link PinnedHttp}); every failure reads the same.
   */
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
      PinnedHttp.Target pinned = PinnedHttp.target(target);
      opening =
          PinnedHttp.client(pinned, CONNECT_TIMEOUT)
              .newWebSocketBuilder()
              .header("Host", pinned.hostHeader())
              .subprotocols("binary")
              .connectTimeout(CONNECT_TIMEOUT)
              .buildAsync(pinned.pinned(), console);
    } catch (OutboundRefusal e) {
      throw refused(where, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw refused(where, "not a WebSocket address");
    }
    try {
      console.connected(opening.get(CONNECT_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS));
      return console;
    } catch (ExecutionException | TimeoutException e) {
      opening.thenAccept(WebSocket::abort);
      // neither the failure's kind nor its text (which may repeat the token) is told
      throw refused(where, UNREACHABLE);
    } catch (InterruptedException e) {
      opening.thenAccept(WebSocket::abort);
      Thread.currentThread().interrupt();
      throw refused(where, "interrupted");
    }
  }

  static final String UNREACHABLE = "could not reach the console";

  private static BrandcloudException refused(String where, String why) {
    return new BrandcloudException(ErrorCode.PROVIDER_FAILED, where + ": " + why);
  }
}
