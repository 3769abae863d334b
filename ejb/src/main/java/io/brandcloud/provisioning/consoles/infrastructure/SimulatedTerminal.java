package io.brandcloud.provisioning.consoles.infrastructure;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The simulator's console: a root shell that echoes what is typed, edits the line (backspace,
 * Ctrl-C) and answers a few commands as a small Linux server would, so the demo and the tests have
 * a real console to type into. Each piece of input gets one piece of output. Keys it has no use for
 * (arrows and other escape sequences, control characters) are ignored. Not thread-safe: one socket
 * types into it at a time.
 */
final class SimulatedTerminal implements ConsoleStream {

  static final String NEW_LINE = "\r\n";
  private static final int MAX_LINE = 500;
  private static final char ESCAPE = '\u001b';
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final String hostname;
  private final Clock clock;
  private final ConsoleScreen screen;
  private final StringBuilder line = new StringBuilder();
  private final StringBuilder out = new StringBuilder();
  private EscapeState escape = EscapeState.NONE;
  private boolean closed;
  private boolean afterCarriageReturn;

  /** Where in an escape sequence ({@code ESC [ … final}, {@code ESC O x}) the input is. */
  private enum EscapeState {
    NONE,
    ESCAPED,
    CONTROL_SEQUENCE,
    SINGLE_SHIFT
  }

  SimulatedTerminal(String hostname, Clock clock, ConsoleScreen screen) {
    this.hostname = hostname;
    this.clock = clock;
    this.screen = screen;
  }

  void greet() {
    out.append("Debian GNU/Linux 12 ").append(hostname).append(" (Brandcloud simulator)");
    out.append(NEW_LINE).append(NEW_LINE);
    prompt();
    flush();
  }

  @Override
  public void type(String keys) {
    keys.codePoints().takeWhile(key -> !closed).forEach(this::press);
    flush();
  }

  private void press(int key) {
    boolean lineFeedAfterReturn = key == '\n' && afterCarriageReturn;
    afterCarriageReturn = key == '\r';
    if (skipsEscapeSequence(key) || lineFeedAfterReturn) {
      return; // Enter is CR from a terminal, LF or CR LF from others, perhaps split across messages
    }
    switch (key) {
      case '\r', '\n' -> {
        out.append(NEW_LINE);
        String command = line.toString().trim();
        line.setLength(0);
        run(command);
      }
      case '\u007f', '\b' -> {
        if (!line.isEmpty()) {
          int last = line.codePointBefore(line.length());
          line.setLength(line.length() - Character.charCount(last));
          out.append("\b \b");
        }
      }
      case '\u0003' -> {
        out.append("^C").append(NEW_LINE);
        line.setLength(0);
        prompt();
      }
      case '\u0004' -> {
        if (line.isEmpty()) {
          out.append("logout").append(NEW_LINE);
          end("logout");
        }
      }
      default -> {
        if (!Character.isISOControl(key) && line.length() + Character.charCount(key) <= MAX_LINE) {
          line.appendCodePoint(key);
          out.appendCodePoint(key);
        }
      }
    }
  }

  /** Whether {@code key} starts or belongs to an escape sequence, which the shell ignores. */
  private boolean skipsEscapeSequence(int key) {
    switch (escape) {
      case ESCAPED ->
          escape =
              key == '['
                  ? EscapeState.CONTROL_SEQUENCE
                  : key == 'O' ? EscapeState.SINGLE_SHIFT : EscapeState.NONE;
      case CONTROL_SEQUENCE -> {
        if (key >= 0x40 && key <= 0x7e) {
          escape = EscapeState.NONE;
        }
      }
      case SINGLE_SHIFT -> escape = EscapeState.NONE;
      case NONE -> {
        if (key != ESCAPE) {
          return false;
        }
        escape = EscapeState.ESCAPED;
      }
    }
    return true;
  }

  private void run(String command) {
    String name = command.split("\\s+", 2)[0];
    String argument = command.length() > name.length() ? command.substring(name.length() + 1) : "";
    switch (name) {
      case "" -> {}
      case "exit", "logout" -> {
        end("logout");
        return;
      }
      case "help" -> say("Commands: date, echo, exit, help, hostname, pwd, uname [-a], whoami");
      case "hostname" -> say(hostname);
      case "whoami" -> say("root");
      case "pwd" -> say("/root");
      case "echo" -> say(argument);
      case "date" -> say(DATE.format(clock.instant()));
      case "uname" ->
          say(
              argument.equals("-a")
                  ? "Linux " + hostname + " 6.1.0-brandcloud-sim #1 SMP x86_64 GNU/Linux"
                  : "Linux");
      default -> say("-bash: " + name + ": command not found");
    }
    prompt();
  }

  private void say(String text) {
    out.append(text).append(NEW_LINE);
  }

  private void prompt() {
    out.append("root@").append(hostname).append(":~# ");
  }

  private void end(String why) {
    closed = true;
    flush();
    screen.ended(why);
  }

  private void flush() {
    if (!out.isEmpty()) {
      screen.show(out.toString());
      out.setLength(0);
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
