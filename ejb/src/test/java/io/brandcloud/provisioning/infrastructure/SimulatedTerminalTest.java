package io.brandcloud.provisioning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.domain.ConsoleScreen;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedTerminalTest {

  private final StringBuilder screen = new StringBuilder();
  private String endedWith;
  private SimulatedTerminal terminal;

  @BeforeEach
  void aTerminal() {
    endedWith = null;
    terminal =
        new SimulatedTerminal(
            "web-1",
            Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC),
            new ConsoleScreen() {
              @Override
              public void show(String text) {
                screen.append(text);
              }

              @Override
              public void ended(String why) {
                endedWith = why;
              }
            });
    terminal.greet();
    screen.setLength(0);
  }

  @Test
  void echoesWhatIsTypedAndAnswersACommandWithANewPrompt() {
    terminal.type("hostname\r");
    assertThat(screen).hasToString("hostname\r\nweb-1\r\nroot@web-1:~# ");
  }

  @Test
  void aCommandTypedAtOnceOrKeyByKeyIsTheSame() {
    for (char key : "date\r\n".toCharArray()) {
      terminal.type(String.valueOf(key));
    }
    assertThat(screen).hasToString("date\r\nMon Nov 23 10:15:30 UTC 2026\r\nroot@web-1:~# ");
  }

  @Test
  void backspaceEditsTheLineAndControlCDropsIt() {
    terminal.type("whoamx\u007fi\r");
    assertThat(screen.toString()).contains("\b \b").contains("\r\nroot\r\n");
    screen.setLength(0);
    terminal.type("rm -rf /\u0003");
    assertThat(screen).hasToString("rm -rf /^C\r\nroot@web-1:~# ");
    screen.setLength(0);
    terminal.type("\r");
    assertThat(screen).hasToString("\r\nroot@web-1:~# ");
  }

  @Test
  void unknownCommandsAreNotFoundAndControlCharactersAreNotEchoed() {
    terminal.type("nmap \u001b[A\r");
    assertThat(screen.toString())
        .contains("-bash: nmap: command not found")
        .doesNotContain("\u001b");
  }

  @Test
  void exitOrControlDOnAnEmptyLineEndsTheConsole() {
    terminal.type("exit\r");
    assertThat(endedWith).isEqualTo("logout");
    terminal.type("hostname\r");
    assertThat(screen).hasToString("exit\r\n");

    aTerminal();
    terminal.type("ls\u0004");
    assertThat(endedWith).isNull();
    terminal.type("\u0003\u0004");
    assertThat(endedWith).isEqualTo("logout");
  }
}
