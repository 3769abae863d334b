package io.brandcloud.provisioning.consoles.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedTerminalTest {

  private final StringBuilder screen = new StringBuilder();
  private int shown;
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
                shown++;
              }

              @Override
              public void ended(String why) {
                endedWith = why;
              }
            });
    terminal.greet();
    screen.setLength(0);
    shown = 0;
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
  void eachPieceOfInputGetsOnePieceOfOutput() {
    terminal.type("hostname\rwhoami\r\r\r");
    assertThat(shown).isEqualTo(1);
    assertThat(screen.toString()).contains("web-1\r\n", "root\r\n");
  }

  @Test
  void arrowsAndOtherEscapeSequencesAndControlCharactersAreIgnored() {
    terminal.type("host\u001b[Dna\u001b[3~\u001bOAme\u001b");
    terminal.type("[1;5C\u009b\u0001\r");
    assertThat(screen.toString())
        .contains("web-1\r\n")
        .doesNotContain("\u001b")
        .doesNotContain("\u009b")
        .doesNotContain("command not found");
    screen.setLength(0);
    terminal.type("nmap\r");
    assertThat(screen.toString()).contains("-bash: nmap: command not found");
  }

  @Test
  void backspaceTakesAWholeCharacterAndALongLineIsCutBetweenCharacters() {
    terminal.type("echo \uD83D\uDE80\uD83D\uDE80\u007f\r");
    assertThat(screen.toString()).contains("\r\n\uD83D\uDE80\r\n");
    screen.setLength(0);
    terminal.type("echo " + "a".repeat(493) + "\uD83D\uDE80\uD83D\uDE80\r");
    assertThat(screen.toString()).contains("a".repeat(493) + "\uD83D\uDE80\r\n");
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
