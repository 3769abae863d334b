package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.provisioning.consoles.infrastructure.vnc.VncConsoles;
import io.brandcloud.shared.BrandcloudException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VNC console of VirtFusion servers against a VNC WebSocket deployed with the test ({@link
 * VncStandIn}): the panel answers the server's password challenge, offers the browser RFB 3.8 with
 * no security, then passes messages through both ways; a wrong password ends the console with the
 * server's reason before the browser hears anything; an address where nothing listens is a clear
 * refusal that does not show the session's token.
 */
@ExtendWith(ArquillianExtension.class)
class VncConsoleIT {

  @Inject VncConsoles consoles;

  @Test
  void theBrowserIsLetInWithoutThePasswordAndTheScreenComesThrough() {
    Screen screen = new Screen();
    ConsoleStream console = consoles.attach(standIn(VncStandIn.PASSWORD), "vnc-host", screen);

    assertThat(screen.take(12)).isEqualTo(ascii("RFB 003.008\n"));
    console.sendBytes(ascii("RFB 003.008\n"));
    assertThat(screen.take(2)).as("one kind of security: none").containsExactly(1, 1);
    console.sendBytes(new byte[] {1});
    assertThat(screen.take(4)).as("security result: ok").containsExactly(0, 0, 0, 0);

    console.sendBytes(new byte[] {1});
    byte[] init = screen.take(24 + VncStandIn.DESKTOP.length());
    ByteBuffer server = ByteBuffer.wrap(init);
    assertThat(server.getShort()).isEqualTo((short) VncStandIn.WIDTH);
    assertThat(server.getShort()).isEqualTo((short) VncStandIn.HEIGHT);
    assertThat(new String(init, 24, VncStandIn.DESKTOP.length(), StandardCharsets.US_ASCII))
        .isEqualTo(VncStandIn.DESKTOP);

    VncStandIn.RECEIVED.clear();
    console.sendBytes(new byte[] {3, 0, 0, 0, 0, 0, 0, 64, 0, 48});
    byte[] update = screen.take(4 + 12);
    assertThat(update[0]).as("a framebuffer update").isEqualTo((byte) 0);
    assertThat(screen.take(VncStandIn.WIDTH * VncStandIn.HEIGHT * 4)).hasSize(64 * 48 * 4);
    console.sendBytes(new byte[] {4, 1, 0, 0, 0, 0, (byte) 0xff, 0x0d});
    await().atMost(Duration.ofSeconds(10)).until(() -> VncStandIn.RECEIVED.contains(4));
    assertThat(VncStandIn.RECEIVED).containsExactly(3, 4);

    console.close();
  }

  @Test
  void aWrongPasswordEndsTheConsoleWithTheServersReason() {
    Screen screen = new Screen();
    consoles.attach(standIn("not-it"), "vnc-host", screen);
    assertThat(screen.ended.orTimeout(10, TimeUnit.SECONDS).join())
        .isEqualTo("VNC authentication failed: Authentication failed");
    assertThat(screen.received()).as("the browser heard nothing").isEmpty();
  }

  @Test
  void nothingListeningIsAClearRefusal() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    ConsoleAccess nowhere =
        new ConsoleAccess(
            ConsoleAccess.Kind.VNC,
            "ws://127.0.0.1:" + closedPort + "/vnc/?token=secret-session-token",
            "pw");
    assertThatThrownBy(() -> consoles.attach(nowhere, "vnc-host", new Screen()))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("VNC at 127.0.0.1")
        .hasMessageNotContaining("secret-session-token");
  }

  private static ConsoleAccess standIn(String password) {
    URI base = Http.localServer();
    String socket =
        "ws://" + base.getHost() + ":" + base.getPort() + "/it/vnc-stand-in?token=session-1";
    return new ConsoleAccess(ConsoleAccess.Kind.VNC, socket, password);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A browser's VNC client: the bytes the console sent it, and how it ended. */
  private static final class Screen implements ConsoleScreen {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> ended = new CompletableFuture<>();

    @Override
    public void show(String text) {
      throw new AssertionError("A VNC console sends no text: " + text);
    }

    @Override
    public void showBytes(byte[] piece) {
      synchronized (bytes) {
        bytes.writeBytes(piece);
      }
    }

    @Override
    public void ended(String why) {
      ended.complete(why);
    }

    byte[] received() {
      synchronized (bytes) {
        return bytes.toByteArray();
      }
    }

    /** Waits for the next {@code count} bytes and takes them. */
    byte[] take(int count) {
      await().atMost(Duration.ofSeconds(10)).until(() -> received().length >= count);
      synchronized (bytes) {
        byte[] all = bytes.toByteArray();
        bytes.reset();
        bytes.write(all, count, all.length - count);
        return Arrays.copyOf(all, count);
      }
    }
  }
}
