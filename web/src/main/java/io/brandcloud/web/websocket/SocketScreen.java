package io.brandcloud.web.websocket;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * A console's output written to its browser's socket in order, without blocking the thread that
 * produced it (an SSH client's threads serve every console of the node). A browser that falls
 * {@link #MAX_WAITING} messages behind closes its console: dropped output would garble the screen.
 */
final class SocketScreen implements ConsoleScreen {

  static final int MAX_WAITING = 1024;

  private final QueuedSender sender;
  private final Consumer<String> trusted;

  SocketScreen(Session session, Consumer<String> trusted) {
    this.trusted = trusted;
    this.sender =
        new QueuedSender(
            session,
            MAX_WAITING,
            (behind, waiting) ->
                behind.closeNow(
                    new CloseReason(CloseCodes.UNEXPECTED_CONDITION, "console too slow")));
  }

  @Override
  public void show(String text) {
    sender.send(text);
  }

  @Override
  public void showBytes(byte[] bytes) {
    sender.send(ByteBuffer.wrap(bytes));
  }

  @Override
  public void trusted(String fingerprint) {
    trusted.accept(fingerprint);
  }

  @Override
  public void ended(String why) {
    sender.closeWhenSent(new CloseReason(CloseCodes.NORMAL_CLOSURE, ConsoleSocket.shortened(why)));
  }
}
