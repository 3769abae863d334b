package io.brandcloud.support.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What staff read in Discord, in every language the panel speaks. */
class DiscordTextsTest {

  private static final String BUNDLE = "io.brandcloud.support.discord";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Test
  void everyTextIsWordedInEnglishAndGermanAndFormats() {
    ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    ResourceBundle german = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN, NO_FALLBACK);

    assertThat(german.keySet()).isEqualTo(english.keySet());
    for (String key : english.keySet()) {
      assertThat(german.getString(key)).as(key).isNotEqualTo(english.getString(key));
      Object[] arguments = {"42", "Disk full", "Agnes", "Acme", "high"};
      assertThat(new MessageFormat(german.getString(key), Locale.ROOT).format(arguments))
          .as(key)
          .doesNotContain("{");
    }
    assertThat(
            new DiscordTexts("en-GB")
                .text("discord.opened", "42", "Disk full", "Agnes", "Acme", "high"))
        .isEqualTo("**New ticket #42**: Disk full\nAgnes (Acme), priority high");
    assertThat(new DiscordTexts("de-CH").text("discord.noTicket")).startsWith("Geben");
    assertThat(new DiscordTexts("fr").text("discord.noTicket"))
        .isEqualTo("Give the ticket's number.");
  }
}
