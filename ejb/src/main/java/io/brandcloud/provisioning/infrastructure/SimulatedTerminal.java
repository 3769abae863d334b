package io.brandcloud.provisioning.infrastructure;

import io.brandcloud.provisioning.domain.ConsoleScreen;
import io.brandcloud.provisioning.domain.ConsoleStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The simulator's console: a root shell that echoes what is typed, edits the line (backspace,
 * Ctrl-C) and answers a few commands as a small Linux server would, so the demo and the tests have
 * a real console to type into. Not thread-safe: one socket types into it at a time.
 */
final class SimulatedTerminal implements ConsoleStream {

  static final String NEW_LINE = "\r\n";
  private static final int MAX_LINE = 500;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final String hostname;
  private final Clock clock;
  private final ConsoleScreen screen;
  private final StringBuilder line = new StringBuilder();
  private boolean closed;
  private boolean afterCarriageReturn;

  SimulatedTerminal(String hostname, Clock clock, ConsoleScreen screen) {
    this.hostname = hostname;
    this.clock = clock;
    this.screen = screen;
  }

  void greet() {
    screen.show(
        "Debian GNU/Linux 12 " + hostname + " (Brandcloud simulator)" + NEW_LINE + NEW_LINE);
    prompt();
  }

  @Override
  public void type(String keys) {
    StringBuilder echo = new StringBuilder();
    for (int i = 0; i < keys.length() && !closed; i++) {
      char key = keys.charAt(i);
      if (key != '\r' && key != '\n') {
        afterCarriageReturn = false;
      }
      switch (key) {
        case '\r', '\n' -> {
          // Enter is CR from a terminal, LF or CR LF from others, perhaps split across messages
          boolean secondHalf = key == '\n' && afterCarriageReturn;
          afterCarriageReturn = key == '\r';
          if (!secondHalf) {
            screen.show(echo + NEW_LINE);
            echo.setLength(0);
            run(line.toString().trim());
            line.setLength(0);
          }
        }
        case '\u007f', '\b' -> {
          if (!line.isEmpty()) {
            line.setLength(line.length() - 1);
            echo.append("\b \b");
          }
        }
        case '\u0003' -> {
          screen.show(echo + "^C" + NEW_LINE);
          echo.setLength(0);
          line.setLength(0);
          prompt();
        }
        case '\u0004' -> {
          if (line.isEmpty()) {
            screen.show(echo + "logout" + NEW_LINE);
            echo.setLength(0);
            end("logout");
          }
        }
        default -> {
          if (key >= ' ' && line.length() < MAX_LINE) {
            line.append(key);
            echo.append(key);
          }
        }
      }
    }
    if (!echo.isEmpty() && !closed) {
      screen.show(echo.toString());
    }
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
    screen.show(text + NEW_LINE);
  }

  private void prompt() {
    screen.show("root@" + hostname + ":~# ");
  }

  private void end(String why) {
    closed = true;
    screen.ended(why);
  }

  @Override
  public void close() {
    closed = true;
  }
}
