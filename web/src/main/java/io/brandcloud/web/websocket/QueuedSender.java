package io.brandcloud.web.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sends a socket's messages (text, or binary for a VNC console) in order without ever blocking the
 * thread that hands them over (the database notices' thread, the SSH client's threads): one is in
 * flight at a time, the rest wait. What happens when a reader falls {@code maxWaiting} messages
 * behind is the socket's choice.
 */
final class QueuedSender {

  /** What a socket does with a reader that fell too far behind. */
  @FunctionalInterface
  interface Overflow {
    /**
     * {@code waiting} messages were waiting; {@link #replaceWaiting} may put others in their place.
     */
    void overflowed(QueuedSender sender, int waiting);
  }

  private static final CloseReason SEND_FAILED =
      new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed");

  private final Session session;
  private final int maxWaiting;
  private final Overflow overflow;
  private final Deque<Object> waiting = new ArrayDeque<>();
  private boolean sending;
  private CloseReason ending;

  QueuedSender(Session session, int maxWaiting, Overflow overflow) {
    this.session = session;
    this.maxWaiting = maxWaiting;
    this.overflow = overflow;
  }

  void send(String message) {
    queue(message);
  }

  void send(ByteBuffer message) {
    queue(message);
  }

  private void queue(Object message) {
    int behind;
    synchronized (this) {
      if (ending != null) {
        return;
      }
      if (!sending) {
        sending = true;
        behind = 0;
      } else if (waiting.size() < maxWaiting) {
        waiting.add(message);
        return;
      } else {
        behind = waiting.size() + 1;
      }
    }
    if (behind > 0) {
      overflow.overflowed(this, behind);
      return;
    }
    transmit(message);
  }

  /** Drops what waits and closes the socket now. */
  void closeNow(CloseReason reason) {
    synchronized (this) {
      waiting.clear();
      ending = reason;
      sending = true;
    }
    close(reason);
  }

  /** Closes the socket once what waits has been sent, so a console's last words arrive. */
  void closeWhenSent(CloseReason reason) {
    synchronized (this) {
      ending = reason;
      if (sending) {
        return;
      }
      sending = true;
    }
    close(reason);
  }

  /** Drops what waits and lets {@code message} wait alone instead. */
  synchronized void replaceWaiting(String message) {
    waiting.clear();
    waiting.add(message);
  }

  private void transmit(Object message) {
    try {
      if (message instanceof ByteBuffer bytes) {
        session.getAsyncRemote().sendBinary(bytes, this::sent);
      } else {
        session.getAsyncRemote().sendText((String) message, this::sent);
      }
    } catch (RuntimeException closed) {
      failed();
    }
  }

  private void sent(SendResult result) {
    if (!result.isOK()) {
      failed();
      return;
    }
    Object next;
    CloseReason close = null;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        close = ending;
        sending = close != null;
        if (close == null) {
          return;
        }
      }
    }
    if (close != null) {
      close(close);
    } else {
      transmit(next);
    }
  }

  /**
   * A send failed or timed out: nothing more is sent, and the socket closes (ending what feeds it)
   * rather than stay open and silent; a page then reconnects.
   */
  private void failed() {
    closeNow(SEND_FAILED);
  }

  private void close(CloseReason reason) {
    try {
      session.close(reason);
    } catch (IOException | RuntimeException gone) {
      // the connection is already gone, and its end has been or will be seen
    }
  }
}
