package io.brandcloud.settings;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The locales a tenant may choose: well-formed BCP 47 tags the Java platform can format for. */
final class Locales {

  private static final Set<Locale> AVAILABLE =
      Arrays.stream(Locale.getAvailableLocales())
          .filter(locale -> !locale.getLanguage().isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  private Locales() {}

  /** The tag in its canonical form, e.g. {@code de-CH}; a 400 for anything else. */
  static String require(String field, String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
    } catch (IllformedLocaleException e) {
      throw BrandcloudException.invalid(field, field + " is a language tag such as en or de-CH");
    }
    if (!AVAILABLE.contains(locale)) {
      throw BrandcloudException.invalid(field, field + " " + tag + " is not a supported locale");
    }
    return locale.toLanguageTag();
  }
}
