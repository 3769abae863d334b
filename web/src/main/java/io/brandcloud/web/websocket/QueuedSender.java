package io.brandcloud.web.websocket;

import io.brandcloud.live.PushHub;
import io.brandcloud.live.PushSink;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sends one push socket's notices in order without ever blocking the thread that hands them over:
 * one is in flight at a time, the rest wait. A reader too slow to keep {@link #MAX_WAITING} notices
 * in hand loses them all for a single "read everything again", which says no less.
 */
final class QueuedSender implements PushSink {

  static final int MAX_WAITING = 64;

  private final Session session;
  private final PushHub hub;
  private final Deque<String> waiting = new ArrayDeque<>();
  private boolean sending;

  QueuedSender(Session session, PushHub hub) {
    this.session = session;
    this.hub = hub;
  }

  @Override
  public void push(String notice) {
    synchronized (this) {
      if (sending) {
        hold(notice);
        return;
      }
      sending = true;
    }
    send(notice);
  }

  private void hold(String notice) {
    if (waiting.size() < MAX_WAITING) {
      waiting.add(notice);
      return;
    }
    hub.countDropped(waiting.size() + 1);
    waiting.clear();
    waiting.add(PushHub.EVERYTHING);
  }

  private void send(String notice) {
    try {
      session.getAsyncRemote().sendText(notice, this::sent);
    } catch (RuntimeException closed) {
      stop();
    }
  }

  private void sent(SendResult result) {
    if (!result.isOK()) {
      stop();
      return;
    }
    String next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        sending = false;
        return;
      }
    }
    send(next);
  }

  /** The connection is gone: nothing more is sent, and the socket's close ends its hearing. */
  private synchronized void stop() {
    waiting.clear();
    sending = true;
  }
}
