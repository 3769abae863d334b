package io.brandcloud.provisioning.consoles.application;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-time ticket to a server's console, handed to the caller once. It names its tenant, because
 * the socket that spends it reaches the panel without a tenant's path or login.
 *
 * @param ticket the secret, {@code bcc_<tenant id>_<32 random bytes>}
 * @param socketPath where the console's WebSocket is, on the host the request came to
 * @param kind what the socket speaks: {@code terminal} (text, for a terminal such as xterm.js) or
 *     {@code vnc} (RFB in binary messages, for a VNC client such as noVNC, with no password)
 */
public record ConsoleTicket(String ticket, String socketPath, Instant expiresAt, String kind) {

  static final String PREFIX = "bcc_";
  private static final Pattern SHAPE = Pattern.compile("bcc_([1-9][0-9]{0,17})_[A-Za-z0-9_-]{43}");

  static ConsoleTicket of(
      long tenantId, String secret, Instant expiresAt, ConsoleAccess.Kind console) {
    String ticket = PREFIX + tenantId + "_" + secret;
    String kind = console == ConsoleAccess.Kind.VNC ? "vnc" : "terminal";
    return new ConsoleTicket(ticket, "/ws/console/" + ticket, expiresAt, kind);
  }

  /** The tenant a ticket names; empty for anything that is not a ticket's shape. */
  public static OptionalLong tenantOf(String ticket) {
    Matcher matcher = ticket == null ? null : SHAPE.matcher(ticket);
    return matcher != null && matcher.matches()
        ? OptionalLong.of(Long.parseLong(matcher.group(1)))
        : OptionalLong.empty();
  }

  @Override
  public String toString() {
    return "ConsoleTicket[expires " + expiresAt + "]";
  }
}
