package io.brandcloud.support.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What staff read in Discord, in the tenant's language: the English texts unless the bundle has the
 * language, never the server's own locale.
 */
final class DiscordTexts {

  private static final String BUNDLE = "io.brandcloud.support.discord";
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle texts;

  DiscordTexts(String languageTag) {
    this.texts =
        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(languageTag), NO_SERVER_LOCALE);
  }

  String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
  }
}
