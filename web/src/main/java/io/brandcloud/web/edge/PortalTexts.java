package io.brandcloud.web.edge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's texts in English and German. A key's first part names its bundle under {@code
 * io/brandcloud/web/texts/}, so each area keeps its own file; English is the base file.
 */
public final class PortalTexts {

  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
  private static final String BUNDLES = "io.brandcloud.web.texts.";
  private static final Map<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  private PortalTexts() {}

  /** The text of {@code key}, or {@code ???key???} so a missing one is seen and fixed. */
  public static String text(String key, Locale locale) {
    int dot = key.indexOf('.');
    if (dot < 1) {
      return missing(key);
    }
    try {
      return bundle(key.substring(0, dot), locale).getString(key);
    } catch (MissingResourceException e) {
      return missing(key);
    }
  }

  public static boolean isMissing(String text) {
    return text.startsWith("???");
  }

  public static Set<String> keysOf(String bundle, Locale locale) {
    return bundle(bundle, locale).keySet();
  }

  /** The first of the visitor's languages the portal speaks; English otherwise. */
  public static Locale languageOf(java.util.Enumeration<Locale> preferred) {
    while (preferred.hasMoreElements()) {
      String language = preferred.nextElement().getLanguage();
      for (Locale spoken : LANGUAGES) {
        if (spoken.getLanguage().equals(language)) {
          return spoken;
        }
      }
    }
    return Locale.ENGLISH;
  }

  private static String missing(String key) {
    return "???" + key + "???";
  }

  /**
   * The machine's own locale never decides what a visitor reads. Bundles are kept here: every text
   * on every page asks, and the JDK's own cache builds a key and checks the class loader each time.
   */
  private static ResourceBundle bundle(String name, Locale locale) {
    return LOADED.computeIfAbsent(
        name + "_" + locale,
        key ->
            ResourceBundle.getBundle(
                BUNDLES + name,
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
  }
}
