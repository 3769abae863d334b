package io.brandcloud.provisioning.infrastructure.ssh;

import io.brandcloud.provisioning.domain.ConsoleScreen;
import io.brandcloud.provisioning.domain.ConsoleStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Map;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * One SSH console: first a password prompt in the terminal (nothing typed is shown, three tries,
 * Ctrl-C gives up), then a shell with a pseudo-terminal whose output goes to the screen and to
 * which everything typed goes. The password lives only as long as the attempt.
 */
final class SshConsole implements ConsoleStream {

  static final int TRIES = 3;

  /**
   * The terminal modes of xterm.js, which the browser runs: Enter sends CR, Backspace DEL, Ctrl-C
   * interrupts; output lines end in CR LF; UTF-8.
   */
  private static final Map<PtyMode, Integer> BROWSER_TERMINAL =
      Map.ofEntries(
          Map.entry(PtyMode.ICRNL, 1),
          Map.entry(PtyMode.IUTF8, 1),
          Map.entry(PtyMode.ISIG, 1),
          Map.entry(PtyMode.ICANON, 1),
          Map.entry(PtyMode.IEXTEN, 1),
          Map.entry(PtyMode.ECHO, 1),
          Map.entry(PtyMode.ECHOE, 1),
          Map.entry(PtyMode.ECHOK, 1),
          Map.entry(PtyMode.OPOST, 1),
          Map.entry(PtyMode.ONLCR, 1),
          Map.entry(PtyMode.VINTR, 3),
          Map.entry(PtyMode.VQUIT, 28),
          Map.entry(PtyMode.VERASE, 127),
          Map.entry(PtyMode.VKILL, 21),
          Map.entry(PtyMode.VEOF, 4),
          Map.entry(PtyMode.VSUSP, 26),
          Map.entry(PtyMode.TTY_OP_ISPEED, 38400),
          Map.entry(PtyMode.TTY_OP_OSPEED, 38400));

  private static final int LONGEST_PASSWORD = 1024;

  private final ClientSession session;
  private final String login;
  private final ConsoleScreen screen;
  private final StringBuilder password = new StringBuilder();
  private ChannelShell shell;
  private OutputStream keyboard;
  private int failures;
  private boolean closed;

  SshConsole(ClientSession session, String login, ConsoleScreen screen) {
    this.session = session;
    this.login = login;
    this.screen = screen;
  }

  void greet() {
    PublicKey key = session.getServerKey();
    if (key != null) {
      screen.show(
          "The server's "
              + KeyUtils.getKeyType(key)
              + " key fingerprint is "
              + KeyUtils.getFingerPrint(key)
              + ".\r\n");
    }
    prompt();
  }

  @Override
  public synchronized void type(String keys) {
    if (closed) {
      return;
    }
    if (keyboard != null) {
      send(keys);
      return;
    }
    for (int i = 0; i < keys.length() && !closed && keyboard == null; i++) {
      char c = keys.charAt(i);
      if (c == '\r' || c == '\n') {
        screen.show("\r\n");
        logIn();
      } else if (c == 0x03 || c == 0x04) {
        screen.show("^C\r\n");
        end("cancelled");
      } else if (c == 0x7f || c == '\b') {
        password.setLength(Math.max(0, password.length() - 1));
      } else if (c >= 0x20 && password.length() < LONGEST_PASSWORD) {
        password.append(c);
      }
    }
  }

  private void logIn() {
    String attempt = password.toString();
    password.setLength(0);
    try {
      session.addPasswordIdentity(attempt);
      session.auth().verify(SshConsoles.CONNECT_TIMEOUT);
      openShell();
    } catch (IOException refused) {
      session.removePasswordIdentity(attempt);
      failures++;
      if (failures >= TRIES || !session.isOpen()) {
        screen.show(login + ": Permission denied (password).\r\n");
        end("permission denied");
      } else {
        screen.show("Permission denied, please try again.\r\n");
        prompt();
      }
    }
  }

  private void openShell() throws IOException {
    shell = session.createShellChannel();
    shell.setPtyType("xterm-256color");
    shell.setPtyModes(BROWSER_TERMINAL);
    ScreenOutput output = new ScreenOutput(screen);
    shell.setOut(output);
    shell.setErr(output);
    shell.open().verify(SshConsoles.CONNECT_TIMEOUT);
    keyboard = shell.getInvertedIn();
    shell.addCloseFutureListener(future -> serverEnded());
  }

  private void send(String keys) {
    try {
      keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prompt() {
    screen.show(login + "'s password: ");
  }

  private void serverEnded() {
    boolean wasOpen;
    synchronized (this) {
      wasOpen = !closed;
    }
    if (wasOpen) {
      end("logout");
    }
  }

  private void end(String why) {
    close();
    screen.ended(why);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    password.setLength(0);
    session.close(true);
  }
}
