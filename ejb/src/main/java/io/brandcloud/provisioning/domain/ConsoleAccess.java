package io.brandcloud.provisioning.domain;

/**
 * Where a server's console is: a VNC WebSocket at the provider with its password, or the
 * simulator's terminal. Short-lived; shown to nobody but the console proxy.
 */
public record ConsoleAccess(Kind kind, String url, String password) {

  /** What speaks at {@link #url}. */
  public enum Kind {
    VNC,
    TERMINAL
  }

  @Override
  public String toString() {
    return "ConsoleAccess[" + kind + "]";
  }
}
