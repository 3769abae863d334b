package io.brandcloud.support.tickets.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the support desk writes for people (posts in Discord, suggested replies) in the tenant's
 * language: the English texts unless the bundle has the language, never the server's own locale.
 */
public final class TenantLanguageTexts {

  public static final String DISCORD = "io.brandcloud.support.discord";
  public static final String SUGGESTIONS = "io.brandcloud.support.suggestions";

  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle texts;

  public TenantLanguageTexts(String bundle, String languageTag) {
    this.texts =
        ResourceBundle.getBundle(bundle, Locale.forLanguageTag(languageTag), NO_SERVER_LOCALE);
  }

  public String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
  }
}
