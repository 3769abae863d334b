package io.brandcloud.provisioning.infrastructure.vnc;

import io.brandcloud.provisioning.domain.ConsoleScreen;
import io.brandcloud.provisioning.domain.ConsoleStream;
import java.io.ByteArrayOutputStream;
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
  private static final int MAX_MESSAGE = 16 * 1024 * 1024;

  private final ConsoleScreen screen;
  private final VncHandshake handshake;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
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
    if (ended.compareAndSet(false, true) && server != null) {
      server.abort();
    }
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    server = webSocket;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] piece = new byte[data.remaining()];
    data.get(piece);
    if (partial.size() + piece.length > MAX_MESSAGE) {
      end("the console sent too much at once");
      return null;
    }
    partial.writeBytes(piece);
    if (last) {
      byte[] message = partial.toByteArray();
      partial.reset();
      try {
        synchronized (handshake) {
          handshake.fromServer(message);
        }
      } catch (VncRefused e) {
        end(e.getMessage());
        return null;
      }
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
      if (server != null) {
        server.abort();
      }
      screen.ended(why);
    }
  }
}
