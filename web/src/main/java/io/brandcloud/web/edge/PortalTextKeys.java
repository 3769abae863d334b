package io.brandcloud.web.edge;

import io.brandcloud.shared.BrandcloudException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/** Which keys name a text of the portal, for tenants that reword one. */
public final class PortalTextKeys {

  /** The texts tenants may reword, by the part of the portal they belong to. */
  public static final List<String> AREAS =
      List.of(
          "portal", "public", "account", "content", "nav", "layout", "status", "errors", "admin");

  private PortalTextKeys() {}

  /** A text found by its words: its key, the part of the portal it is in, and its wording. */
  public record Found(String key, String area, String wording) implements Serializable {}

  /**
   * The texts whose {@code language} wording holds {@code words} (any case), in the order of {@link
   * #AREAS}, at most {@code limit}; {@code wordingOf} gives a key's wording as the tenant shows it
   * (theirs where they reworded it), which is what is searched.
   */
  public static List<Found> find(
      String words, Locale language, int limit, Function<String, String> wordingOf) {
    String wanted = words == null ? "" : words.strip().toLowerCase(language);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    for (String area : AREAS) {
      for (String key : new TreeSet<>(PortalTexts.keysOf(area, language))) {
        String wording = wordingOf.apply(key);
        if (wording.toLowerCase(language).contains(wanted)) {
          found.add(new Found(key, area, wording));
          if (found.size() == limit) {
            return found;
          }
        }
      }
    }
    return found;
  }

  /** The key if the portal has a text of that name (in English, the base of every language). */
  public static String requireKnown(String key) {
    if (key == null || PortalTexts.isMissing(PortalTexts.text(key, Locale.ENGLISH))) {
      throw BrandcloudException.invalid("key", "The portal has no text named " + key);
    }
    return key;
  }
}
