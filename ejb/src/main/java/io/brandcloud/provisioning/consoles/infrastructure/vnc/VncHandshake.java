package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of an RFB conversation (RFC 6143), held between a server's VNC and the browser: the
 * panel agrees a version with the server and answers its password challenge, then tells the browser
 * "RFB 3.8, no security", so noVNC never sees the password. From the browser's choice on, bytes
 * pass through unchanged ({@link #relaying()}). Not thread-safe: one caller at a time.
 */
final class VncHandshake {

  /** Where bytes go: to the server's VNC, or to the browser. */
  interface Wire {
    void toServer(byte[] bytes);

    void toBrowser(byte[] bytes);
  }

  static final int NO_SECURITY = 1;
  static final int VNC_AUTHENTICATION = 2;
  private static final int MAX_PENDING = 16 * 1024;
  private static final int MAX_REASON = 1024;
  private static final Pattern VERSION = Pattern.compile("RFB ([0-9]{3})\\.([0-9]{3})\n");
  private static final byte[] BROWSER_VERSION = version(8);

  private enum Step {
    SERVER_VERSION,
    SECURITY_TYPES,
    SECURITY_TYPE_3_3,
    CHALLENGE,
    SECURITY_RESULT,
    FAILURE_REASON,
    BROWSER_VERSION,
    BROWSER_CHOICE,
    RELAY
  }

  private final Wire wire;
  private final String password;
  private final PendingBytes fromServer = new PendingBytes(MAX_PENDING, "the console spoke no VNC");
  private final PendingBytes fromBrowser =
      new PendingBytes(MAX_PENDING, "the browser spoke no VNC");
  private Step step = Step.SERVER_VERSION;
  private int serverMinor;
  private int browserMinor;

  /** {@code password}: the server's VNC password, null if it has none. */
  VncHandshake(Wire wire, String password) {
    this.wire = wire;
    this.password = password;
  }

  boolean relaying() {
    return step == Step.RELAY;
  }

  /** Bytes the server sent; throws {@link VncRefused} for a conversation that cannot go on. */
  void fromServer(byte[] bytes) {
    if (relaying()) {
      wire.toBrowser(bytes);
      return;
    }
    fromServer.add(bytes);
    advance();
  }

  /** Bytes the browser sent; throws {@link VncRefused} for a conversation that cannot go on. */
  void fromBrowser(byte[] bytes) {
    if (relaying()) {
      wire.toServer(bytes);
      return;
    }
    fromBrowser.add(bytes);
    advance();
  }

  private void advance() {
    boolean moved = true;
    while (moved && !relaying()) {
      moved =
          switch (step) {
            case SERVER_VERSION -> serverVersion();
            case SECURITY_TYPES -> securityTypes();
            case SECURITY_TYPE_3_3 -> securityType33();
            case CHALLENGE -> challenge();
            case SECURITY_RESULT -> securityResult();
            case FAILURE_REASON -> failureReason();
            case BROWSER_VERSION -> browserVersion();
            case BROWSER_CHOICE -> browserChoice();
            case RELAY -> false;
          };
    }
  }

  private boolean serverVersion() {
    if (!fromServer.has(12)) {
      return false;
    }
    Matcher version = VERSION.matcher(new String(fromServer.take(12), StandardCharsets.US_ASCII));
    if (!version.matches() || Integer.parseInt(version.group(1)) < 3) {
      throw new VncRefused("the console spoke no VNC");
    }
    int major = Integer.parseInt(version.group(1));
    int minor = Integer.parseInt(version.group(2));
    // 3.5 is 3.3 (RFC 6143 appendix); anything above 3.8 speaks 3.8 with a client that asks for it
    serverMinor = major > 3 || minor >= 8 ? 8 : minor == 7 ? 7 : 3;
    wire.toServer(version(serverMinor));
    step = serverMinor == 3 ? Step.SECURITY_TYPE_3_3 : Step.SECURITY_TYPES;
    return true;
  }

  private boolean securityTypes() {
    if (!fromServer.has(1)) {
      return false;
    }
    int count = fromServer.u8(0);
    if (count == 0) {
      return refusedWithReason(1);
    }
    if (!fromServer.has(1 + count)) {
      return false;
    }
    byte[] offered = fromServer.take(1 + count);
    boolean vncAuthentication = false;
    boolean none = false;
    for (int i = 1; i < offered.length; i++) {
      vncAuthentication |= offered[i] == VNC_AUTHENTICATION;
      none |= offered[i] == NO_SECURITY;
    }
    if (vncAuthentication && password != null) {
      wire.toServer(new byte[] {VNC_AUTHENTICATION});
      step = Step.CHALLENGE;
    } else if (none) {
      wire.toServer(new byte[] {NO_SECURITY});
      // 3.7 sends no security result after "none"
      if (serverMinor == 8) {
        step = Step.SECURITY_RESULT;
      } else {
        greetBrowser();
      }
    } else {
      throw new VncRefused("the console asks for a kind of VNC security the panel does not speak");
    }
    return true;
  }

  private boolean securityType33() {
    if (!fromServer.has(4)) {
      return false;
    }
    long type = fromServer.u32(0);
    if (type == 0) {
      return refusedWithReason(4);
    }
    fromServer.take(4);
    if (type == NO_SECURITY) {
      greetBrowser();
    } else if (type == VNC_AUTHENTICATION && password != null) {
      step = Step.CHALLENGE;
    } else {
      throw new VncRefused("the console asks for a kind of VNC security the panel does not speak");
    }
    return true;
  }

  private boolean challenge() {
    if (!fromServer.has(16)) {
      return false;
    }
    wire.toServer(VncPassword.response(fromServer.take(16), password));
    step = Step.SECURITY_RESULT;
    return true;
  }

  private boolean securityResult() {
    if (!fromServer.has(4)) {
      return false;
    }
    long result = fromServer.u32(0);
    if (result == 0) {
      fromServer.take(4);
      greetBrowser();
      return true;
    }
    if (serverMinor == 8) {
      fromServer.take(4);
      step = Step.FAILURE_REASON;
      return true;
    }
    throw new VncRefused("VNC authentication failed");
  }

  private boolean failureReason() {
    String reason = reason(0);
    if (reason == null) {
      return false;
    }
    throw new VncRefused("VNC authentication failed: " + reason);
  }

  /** A refusal with its reason after {@code skip} bytes: throws once the reason is whole. */
  private boolean refusedWithReason(int skip) {
    if (!fromServer.has(skip)) {
      return false;
    }
    String reason = reason(skip);
    if (reason == null) {
      return false;
    }
    throw new VncRefused("the console refused: " + reason);
  }

  /** The length-prefixed text at {@code offset}, or null while it has not all arrived. */
  private String reason(int offset) {
    if (!fromServer.has(offset + 4)) {
      return null;
    }
    long length = fromServer.u32(offset);
    if (length > MAX_REASON) {
      throw new VncRefused("the console spoke no VNC");
    }
    if (!fromServer.has(offset + 4 + (int) length)) {
      return null;
    }
    fromServer.take(offset + 4);
    return new String(fromServer.take((int) length), StandardCharsets.UTF_8).strip();
  }

  private void greetBrowser() {
    wire.toBrowser(BROWSER_VERSION);
    step = Step.BROWSER_VERSION;
  }

  private boolean browserVersion() {
    if (!fromBrowser.has(12)) {
      return false;
    }
    String said = new String(fromBrowser.take(12), StandardCharsets.US_ASCII);
    if (said.equals("RFB 003.008\n")) {
      browserMinor = 8;
    } else if (said.equals("RFB 003.007\n")) {
      browserMinor = 7;
    } else {
      throw new VncRefused("the browser spoke no VNC 3.7 or 3.8");
    }
    wire.toBrowser(new byte[] {1, NO_SECURITY});
    step = Step.BROWSER_CHOICE;
    return true;
  }

  private boolean browserChoice() {
    if (!fromBrowser.has(1)) {
      return false;
    }
    if (fromBrowser.take(1)[0] != NO_SECURITY) {
      throw new VncRefused("the browser chose a kind of VNC security it was not offered");
    }
    if (browserMinor == 8) {
      wire.toBrowser(new byte[] {0, 0, 0, 0});
    }
    step = Step.RELAY;
    if (fromBrowser.size() > 0) {
      wire.toServer(fromBrowser.takeAll());
    }
    if (fromServer.size() > 0) {
      wire.toBrowser(fromServer.takeAll());
    }
    return false;
  }

  private static byte[] version(int minor) {
    return ("RFB 003.00" + minor + "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
