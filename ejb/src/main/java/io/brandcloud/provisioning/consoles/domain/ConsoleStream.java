package io.brandcloud.provisioning.consoles.domain;

/**
 * An open console: what the user types goes in with {@link #type} (a text console) or {@link
 * #sendBytes} (a binary one), what the server answers goes to the screen the stream was attached
 * with. Closed once, by either side.
 */
public interface ConsoleStream extends AutoCloseable {

  void type(String keys);

  /** What the browser sent to a binary console (VNC's RFB); a text console has none. */
  default void sendBytes(byte[] bytes) {}

  @Override
  void close();
}
