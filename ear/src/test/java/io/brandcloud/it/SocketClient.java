package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A browser's side of one of the panel's WebSockets (a server console, a push socket): what the
 * server writes piles up in {@link #screen} (text) or waits for {@link #awaitBytes} (binary), and
 * the close code and reason are kept when the server closes.
 */
public final class SocketClient implements WebSocket.Listener {

  private final StringBuffer screen = new StringBuffer();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<String> closed = new CompletableFuture<>();
  private WebSocket socket;

  /** Opens {@code socketPath} (as the ticket's answer gives it) on the server at {@code base}. */
  public static SocketClient open(URI base, String socketPath) {
    return open(base, socketPath, null);
  }

  /** As {@link #open(URI, String)}, from a page at {@code origin}, as a browser says it. */
  public static SocketClient open(URI base, String socketPath, String origin) {
    URI socketUri =
        URI.create(base.toString().replaceFirst("^http", "ws")).resolve(socketPath.substring(1));
    SocketClient client = new SocketClient();
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    client.socket = builder.buildAsync(socketUri, client).orTimeout(10, TimeUnit.SECONDS).join();
    return client;
  }

  public void type(String keys) {
    socket.sendText(keys, true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Sends a binary message, as noVNC does to a VNC console. */
  void send(byte[] message) {
    socket.sendBinary(ByteBuffer.wrap(message), true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Waits for the next {@code count} bytes of binary messages, and takes them. */
  byte[] awaitBytes(int count) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              synchronized (bytes) {
                return bytes.size() >= count;
              }
            });
    synchronized (bytes) {
      byte[] all = bytes.toByteArray();
      bytes.reset();
      bytes.write(all, count, all.length - count);
      return Arrays.copyOf(all, count);
    }
  }

  /** Waits until the screen shows {@code text}. */
  public void awaitScreen(String text) {
    await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains(text));
  }

  String screen() {
    return screen.toString();
  }

  /** Waits for the server to close the socket: {@code "<code> <reason>"}. */
  public String awaitClosed() {
    return closed.orTimeout(10, TimeUnit.SECONDS).join();
  }

  boolean isClosed() {
    return closed.isDone();
  }

  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(10, TimeUnit.SECONDS).join();
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    screen.append(data);
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] piece = new byte[data.remaining()];
    data.get(piece);
    synchronized (bytes) {
      bytes.writeBytes(piece);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode + " " + reason);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete("error " + error);
  }
}
