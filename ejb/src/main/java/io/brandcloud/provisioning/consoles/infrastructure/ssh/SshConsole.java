package io.brandcloud.provisioning.consoles.infrastructure.ssh;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * One SSH console. First, unless the server shows the key trusted for it before, the terminal shows
 * the key's fingerprint (warning loudly if it changed) and asks whether to trust it ({@code
 * yes}/{@code no}; yes remembers it), then for the root password (nothing typed is shown; three
 * tries; Ctrl-C gives up); then a shell with a pseudo-terminal whose output goes to the screen and
 * to which everything typed goes. The password lives only as long as its attempt.
 */
final class SshConsole implements ConsoleStream {

  static final int TRIES = 3;
  private static final int LONGEST_ANSWER = 1024;

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

  private enum Stage {
    CONFIRMING,
    PASSWORD,
    SHELL
  }

  private final ClientSession session;
  private final String login;
  private final String trustedKey;
  private final ConsoleScreen screen;
  private String seenKey;
  private final StringBuilder answer = new StringBuilder();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Stage stage = Stage.CONFIRMING;
  private boolean inEscape;
  private OutputStream keyboard;
  private int failures;

  /**
   * @param trustedKey the fingerprint of the host key trusted for this server before; null if none
   */
  SshConsole(ClientSession session, String login, String trustedKey, ConsoleScreen screen) {
    this.session = session;
    this.login = login;
    this.trustedKey = trustedKey;
    this.screen = screen;
  }

  /** A key trusted before goes straight to the password; a new or changed one asks first. */
  void greet() {
    session.addCloseFutureListener(future -> ended("connection closed"));
    PublicKey key = session.getServerKey();
    seenKey = KeyUtils.getFingerPrint(key);
    String type = KeyUtils.getKeyType(key);
    if (seenKey.equals(trustedKey)) {
      stage = Stage.PASSWORD;
      passwordPrompt();
    } else if (trustedKey == null) {
      screen.show(
          "The authenticity of "
              + login
              + " can't be established.\r\n"
              + type
              + " key fingerprint is "
              + seenKey
              + ".\r\nAre you sure you want to continue connecting (yes/no)? ");
    } else {
      screen.show(
          "WARNING: THE SERVER'S HOST KEY HAS CHANGED!\r\nIt was "
              + trustedKey
              + ", it is now "
              + type
              + " "
              + seenKey
              + ".\r\nSomeone may be listening in, or the server was reinstalled.\r\n"
              + "Trust the new key (yes/no)? ");
    }
  }

  @Override
  public synchronized void type(String keys) {
    for (int i = 0; i < keys.length() && !closed.get(); i++) {
      if (stage == Stage.SHELL) {
        send(keys.substring(i));
        return;
      }
      take(keys.charAt(i));
    }
  }

  private void take(char c) {
    if (inEscape) {
      // the tail of an arrow key or another escape sequence is no part of an answer
      inEscape = !(Character.isLetter(c) || c == '~');
    } else if (c == 0x1b) {
      inEscape = true;
    } else if (c == '\r' || c == '\n') {
      screen.show("\r\n");
      answered();
    } else if (c == 0x03 || c == 0x04) {
      screen.show("^C\r\n");
      end("cancelled");
    } else if (c == 0x7f || c == '\b') {
      if (answer.length() > 0) {
        answer.setLength(answer.length() - 1);
        echo("\b \b");
      }
    } else if (c >= 0x20 && answer.length() < LONGEST_ANSWER) {
      answer.append(c);
      echo(String.valueOf(c));
    }
  }

  /** What is typed shows while answering yes or no; a password never shows. */
  private void echo(String text) {
    if (stage == Stage.CONFIRMING) {
      screen.show(text);
    }
  }

  private void answered() {
    String given = answer.toString();
    answer.setLength(0);
    if (stage == Stage.CONFIRMING) {
      confirm(given.strip().toLowerCase(Locale.ROOT));
    } else {
      logIn(given);
    }
  }

  private void confirm(String reply) {
    if (reply.equals("yes")) {
      screen.trusted(seenKey);
      stage = Stage.PASSWORD;
      passwordPrompt();
    } else if (reply.equals("no")) {
      screen.show("Host key verification failed.\r\n");
      end("host key not accepted");
    } else {
      screen.show("Please type 'yes' or 'no': ");
    }
  }

  private void logIn(String password) {
    try {
      session.addPasswordIdentity(password);
      session.auth().verify(SshConsoles.CONNECT_TIMEOUT);
      openShell();
      stage = Stage.SHELL;
    } catch (IOException refused) {
      failures++;
      if (closed.get()) {
        return;
      }
      if (failures >= TRIES || !session.isOpen()) {
        screen.show(login + ": Permission denied (password).\r\n");
        end("permission denied");
      } else {
        screen.show("Permission denied, please try again.\r\n");
        passwordPrompt();
      }
    } finally {
      session.removePasswordIdentity(password);
    }
  }

  private void openShell() throws IOException {
    ChannelShell shell = session.createShellChannel();
    shell.setPtyType("xterm-256color");
    shell.setPtyModes(BROWSER_TERMINAL);
    ScreenOutput output = new ScreenOutput(screen);
    shell.setOut(output);
    shell.setErr(output);
    shell.open().verify(SshConsoles.CONNECT_TIMEOUT);
    keyboard = shell.getInvertedIn();
    shell.addCloseFutureListener(future -> ended("logout"));
  }

  private void send(String keys) {
    try {
      keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void passwordPrompt() {
    screen.show(login + "'s password: ");
  }

  /** The server's side ended: the console ends, once, unless it was closed from ours. */
  private void ended(String why) {
    if (!closed.get()) {
      end(why);
    }
  }

  private void end(String why) {
    if (closed.compareAndSet(false, true)) {
      session.close(true);
      screen.ended(why);
    }
  }

  /** Closed from the browser's side; needs no lock, so it also cuts short a login under way. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      session.close(true);
    }
  }
}
