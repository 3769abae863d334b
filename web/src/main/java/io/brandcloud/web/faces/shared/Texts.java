package io.brandcloud.web.faces.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every visible text of the portal, in the language of the view: {@code
 * #{msg['portal.servers.title']}} on pages, {@link #format} in page beans. A key's first part names
 * its bundle under {@code io/brandcloud/web/texts/}, so each area keeps its own file.
 */
@Named("msg")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  static final String BUNDLES = "io.brandcloud.web.texts.";

  @Override
  public String get(Object key) {
    return text(String.valueOf(key), locale());
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    Locale locale = locale();
    return new MessageFormat(text(key, locale), locale).format(arguments);
  }

  /** A missing text shows its key, so it is seen and fixed instead of leaving a blank. */
  static String text(String key, Locale locale) {
    int dot = key.indexOf('.');
    if (dot < 1) {
      return "???" + key + "???";
    }
    try {
      return bundle(key.substring(0, dot), locale).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  private static Locale locale() {
    return Views.locale();
  }

  @Override
  public boolean containsKey(Object key) {
    return !get(key).startsWith("???");
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return Set.of();
  }

  static Set<String> keysOf(String bundle, Locale locale) {
    return bundle(bundle, locale).keySet().stream().collect(Collectors.toSet());
  }

  /** English is the base file; the machine's own locale never decides what a visitor reads. */
  private static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLES + name,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
