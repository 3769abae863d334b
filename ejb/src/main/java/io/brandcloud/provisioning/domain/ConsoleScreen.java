package io.brandcloud.provisioning.domain;

/** Where an open console's output goes (a browser's terminal), and how it learns the end. */
public interface ConsoleScreen {

  void show(String text);

  /** The console ended on the server's side, saying why. */
  void ended(String why);

  /**
   * The user trusted the server's SSH host key {@code fingerprint}: the next console expects it.
   */
  default void trusted(String fingerprint) {}
}
