package io.brandcloud.provisioning.consoles.domain;

import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import java.util.Optional;

/**
 * Where a server's console is: a VNC WebSocket at the provider with its password, the server's own
 * SSH daemon (the user gives the root password in the terminal), or the simulator's terminal.
 * Short-lived; shown to nobody but the console proxy.
 *
 * @param hostKey the SSH host key fingerprint a user trusted for this server before; null if none
 */
public record ConsoleAccess(Kind kind, String url, String password, String hostKey) {

  public ConsoleAccess(Kind kind, String url, String password) {
    this(kind, url, password, null);
  }

  /** The same console, expecting the host key trusted before (null for none). */
  public ConsoleAccess withHostKey(String trusted) {
    return new ConsoleAccess(kind, url, password, trusted);
  }

  /** What speaks at {@link #url}. */
  public enum Kind {
    VNC,
    /** {@code ssh://root@<address>:<port>}; no password: the user types it. */
    SSH,
    TERMINAL
  }

  /** SSH to the server's public address as root, where the provider knows one. */
  public static Optional<ConsoleAccess> sshTo(ProviderServerState state) {
    return state.ipv4() == null || state.ipv4().isBlank()
        ? Optional.empty()
        : Optional.of(new ConsoleAccess(Kind.SSH, "ssh://root@" + state.ipv4() + ":22", null));
  }

  @Override
  public String toString() {
    return "ConsoleAccess[" + kind + "]";
  }
}
