package io.brandcloud.web.websocket;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * A socket's messages put together from the parts they arrive in, up to a size. Undertow does not
 * hold whole text messages to an endpoint's {@code maxMessageSize}, so sockets take parts and count
 * them here: once a message grows past the size it is dropped and the socket is to be closed. One
 * per socket; the container calls a socket's message handlers one at a time.
 */
final class MessageParts {

  private final int max;
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private boolean tooBig;

  MessageParts(int max) {
    this.max = max;
  }

  /** The whole text message once its last part came; empty while parts are missing. */
  Optional<String> text(String part, boolean last) {
    if (tooBig || text.length() + part.length() > max) {
      return overflowed();
    }
    text.append(part);
    if (!last) {
      return Optional.empty();
    }
    String whole = text.toString();
    text.setLength(0);
    return Optional.of(whole);
  }

  /** The whole binary message once its last part came; empty while parts are missing. */
  Optional<byte[]> bytes(byte[] part, boolean last) {
    if (tooBig || bytes.size() + part.length > max) {
      return overflowed();
    }
    bytes.writeBytes(part);
    if (!last) {
      return Optional.empty();
    }
    byte[] whole = bytes.toByteArray();
    bytes.reset();
    return Optional.of(whole);
  }

  /** Whether a message grew past the size: the socket closes with 1009. */
  boolean tooBig() {
    return tooBig;
  }

  private <T> Optional<T> overflowed() {
    tooBig = true;
    text.setLength(0);
    bytes.reset();
    return Optional.empty();
  }
}
