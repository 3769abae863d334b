package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class VncConsoleTest {

  private final Screen screen = new Screen();
  private final ServerSocket server = new ServerSocket();

  @Test
  void aConsoleClosedBeforeItsSocketOpenedClosesTheSocketWhenItDoes() {
    VncConsole console = new VncConsole("pw", screen);
    console.close();
    console.onOpen(server);
    assertThat(server.aborted).isTrue();
    assertThat(screen.ended).as("closed by the browser's side: nothing to tell").isEmpty();
  }

  @Test
  void piecesOfTheServersMessagesPassOnAsTheyCome() {
    VncConsole console = new VncConsole(null, screen);
    console.onOpen(server);
    console.onBinary(server, ascii("RFB 003."), false);
    console.onBinary(server, ascii("008\n"), true);
    assertThat(server.sent).containsExactly("RFB 003.008\n");
    console.onBinary(server, ByteBuffer.wrap(new byte[] {1, 1, 0, 0}), false);
    console.onBinary(server, ByteBuffer.wrap(new byte[] {0, 0}), true);
    assertThat(screen.bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("RFB 003.008\n");
    assertThat(server.requested).as("each piece asks for the next").isEqualTo(5);
  }

  @Test
  void aServerThatSpeaksNoVncEndsTheConsoleOnceAndClosesItsSocket() {
    VncConsole console = new VncConsole("pw", screen);
    console.onOpen(server);
    console.onBinary(server, ascii("HTTP/1.1 200\n"), true);
    console.onClose(server, 1000, "");
    assertThat(screen.ended).containsExactly("the console spoke no VNC");
    assertThat(server.aborted).isTrue();
  }

  private static ByteBuffer ascii(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static final class Screen implements ConsoleScreen {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<String> ended = new ArrayList<>();

    @Override
    public void show(String text) {
      throw new AssertionError(text);
    }

    @Override
    public void showBytes(byte[] piece) {
      bytes.writeBytes(piece);
    }

    @Override
    public void ended(String why) {
      ended.add(why);
    }
  }

  /** The JDK's WebSocket to the server's VNC, as the console uses it. */
  private static final class ServerSocket implements WebSocket {
    private final List<String> sent = new ArrayList<>();
    private boolean aborted;
    private long requested;

    @Override
    public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      sent.add(new String(bytes, StandardCharsets.US_ASCII));
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void abort() {
      aborted = true;
    }

    @Override
    public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
      throw new AssertionError("RFB is binary");
    }

    @Override
    public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public String getSubprotocol() {
      return "binary";
    }

    @Override
    public boolean isOutputClosed() {
      return aborted;
    }

    @Override
    public boolean isInputClosed() {
      return aborted;
    }
  }
}
