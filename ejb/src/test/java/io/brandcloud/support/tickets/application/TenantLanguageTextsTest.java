package io.brandcloud.support.tickets.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.GermanBundles;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the support desk writes for people (Discord posts, suggested replies), in every language.
 */
class TenantLanguageTextsTest {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @ParameterizedTest
  @ValueSource(strings = {TenantLanguageTexts.DISCORD, TenantLanguageTexts.SUGGESTIONS})
  void everyTextIsWordedInEnglishAndGermanAndFormats(String bundle) {
    GermanBundles.assertGermanSaysEverything(bundle);
    ResourceBundle english = ResourceBundle.getBundle(bundle, Locale.ROOT, NO_FALLBACK);
    ResourceBundle german = ResourceBundle.getBundle(bundle, Locale.GERMAN, NO_FALLBACK);
    for (String key : english.keySet()) {
      assertThat(german.getString(key)).as(key).isNotEqualTo(english.getString(key));
    }
  }

  @Test
  void aLanguageWithoutItsOwnTextsGetsTheEnglishOnesNeverTheServers() {
    assertThat(
            new TenantLanguageTexts(TenantLanguageTexts.DISCORD, "en-GB")
                .text("discord.opened", "42", "Disk full", "Agnes", "Acme", "high"))
        .isEqualTo("**New ticket #42**: Disk full\nAgnes (Acme), priority high");
    assertThat(
            new TenantLanguageTexts(TenantLanguageTexts.DISCORD, "de-CH").text("discord.noTicket"))
        .startsWith("Geben");
    assertThat(new TenantLanguageTexts(TenantLanguageTexts.DISCORD, "fr").text("discord.noTicket"))
        .isEqualTo("Give the ticket's number.");
    assertThat(
            new TenantLanguageTexts(TenantLanguageTexts.SUGGESTIONS, "fr")
                .text("suggestion.greeting", "Agnes"))
        .isEqualTo("Hello Agnes,");
  }
}
