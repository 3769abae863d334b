package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One VNC console: the server's VNC WebSocket on one side, the browser's socket (the screen) on the
 * other, the {@link VncHandshake} between them until it hands over. What goes to the server is sent
 * one message at a time, in order; a browser that gets {@link #MAX_WAITING} messages ahead of the
 * server ends the console.
 */
final class VncConsole implements ConsoleStream, WebSocket.Listener, VncHandshake.Wire {

  static final int MAX_WAITING = 1024;

  private final ConsoleScreen screen;
  private final VncHandshake handshake;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicInteger waiting = new AtomicInteger();
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
  private volatile WebSocket server;

  VncConsole(String password, ConsoleScreen screen) {
    this.screen = screen;
    this.handshake = new VncHandshake(this, password);
  }

  @Override
  public void sendBytes(byte[] bytes) {
    try {
      synchronized (handshake) {
        handshake.fromBrowser(bytes);
      }
    } catch (VncRefused e) {
      end(e.getMessage());
    }
  }

  @Override
  public void type(String keys) {
    // a VNC console hears the browser's RFB messages only
  }

  @Override
  public void close() {
    if (ended.compareAndSet(false, true)) {
      abortServer();
    }
  }

  /**
   * The server's socket once it is open; {@link #onOpen} may run on the client's threads after
   * {@code attach} returned, or before it, and a console closed meanwhile closes the socket here.
   */
  void connected(WebSocket webSocket) {
    server = webSocket;
    if (ended.get()) {
      webSocket.abort();
    }
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    connected(webSocket);
    webSocket.request(1);
  }

  /**
   * A piece of a server's message: RFB is a stream, so pieces pass on as they come (the handshake
   * gathers what it needs), and no message is ever held whole.
   */
  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] piece = new byte[data.remaining()];
    data.get(piece);
    try {
      synchronized (handshake) {
        handshake.fromServer(piece);
      }
    } catch (VncRefused e) {
      end(e.getMessage());
      return null;
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    end("the console closed");
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    end("the console's connection broke");
  }

  @Override
  public void toServer(byte[] bytes) {
    if (waiting.incrementAndGet() > MAX_WAITING) {
      end("the console is too slow");
      return;
    }
    synchronized (this) {
      sending =
          sending
              .thenCompose(sent -> server.sendBinary(ByteBuffer.wrap(bytes), true))
              .whenComplete(
                  (sent, failure) -> {
                    waiting.decrementAndGet();
                    if (failure != null) {
                      end("the console's connection broke");
                    }
                  });
    }
  }

  @Override
  public void toBrowser(byte[] bytes) {
    screen.showBytes(bytes);
  }

  /** Ends the console once, telling the browser why. */
  private void end(String why) {
    if (ended.compareAndSet(false, true)) {
      abortServer();
      screen.ended(why);
    }
  }

  private void abortServer() {
    WebSocket open = server;
    if (open != null) {
      open.abort();
    }
  }
}
