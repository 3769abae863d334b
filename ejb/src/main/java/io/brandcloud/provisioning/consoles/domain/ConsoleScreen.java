package io.brandcloud.provisioning.consoles.domain;

/** Where an open console's output goes (a browser's terminal), and how it learns the end. */
public interface ConsoleScreen {

  void show(String text);

  /** A piece of a binary console's stream (VNC's RFB), to pass on unchanged and in order. */
  default void showBytes(byte[] bytes) {
    throw new UnsupportedOperationException("This screen shows text only");
  }

  /** The console ended on the server's side, saying why. */
  void ended(String why);

  /**
   * The user trusted the server's SSH host key {@code fingerprint}: the next console expects it.
   */
  default void trusted(String fingerprint) {}
}
