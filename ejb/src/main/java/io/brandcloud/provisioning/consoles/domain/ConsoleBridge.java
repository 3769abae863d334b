package io.brandcloud.provisioning.consoles.domain;

/**
 * Connects a browser's terminal to one kind of console a provider offers ({@link
 * ConsoleAccess.Kind}): the simulator's terminal, SSH to the server, the provider's VNC.
 */
public interface ConsoleBridge {

  ConsoleAccess.Kind kind();

  /** Opens the console at {@code access} for the server named {@code hostname}. */
  ConsoleStream attach(ConsoleAccess access, String hostname, ConsoleScreen screen);
}
