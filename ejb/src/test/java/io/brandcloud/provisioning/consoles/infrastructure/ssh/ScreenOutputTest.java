package io.brandcloud.provisioning.consoles.infrastructure.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenOutputTest {

  private final List<String> shown = new ArrayList<>();
  private final ScreenOutput output =
      new ScreenOutput(
          new ConsoleScreen() {
            @Override
            public void show(String text) {
              shown.add(text);
            }

            @Override
            public void ended(String why) {}
          });

  @Test
  void aCharacterSplitBetweenWritesArrivesWhole() {
    byte[] bytes = "größe €".getBytes(StandardCharsets.UTF_8);
    int inTheEuro = bytes.length - 2;
    output.write(bytes, 0, 3);
    output.write(bytes, 3, inTheEuro - 3);
    output.write(bytes, inTheEuro, 2);

    assertThat(String.join("", shown)).isEqualTo("größe €");
    assertThat(shown).containsExactly("gr", "öße ", "€");
  }

  @Test
  void bytesThatAreNoUtf8ShowAsReplacementCharacters() {
    output.write(new byte[] {'a', (byte) 0xff, 'b'}, 0, 3);
    assertThat(shown).containsExactly("a\uFFFDb");
  }
}
