package io.brandcloud.web.websocket;

import io.brandcloud.provisioning.domain.ConsoleScreen;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A console's output written to its browser's socket, one message at a time. */
final class SocketScreen implements ConsoleScreen {

  private final Session session;

  SocketScreen(Session session) {
    this.session = session;
  }

  @Override
  public void show(String text) {
    if (!session.isOpen()) {
      return;
    }
    synchronized (session) {
      try {
        session.getBasicRemote().sendText(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void ended(String why) {
    try {
      session.close(new CloseReason(CloseCodes.NORMAL_CLOSURE, ConsoleSocket.shortened(why)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
