package io.brandcloud.content.domain;

import io.brandcloud.shared.BrandcloudException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The last part of a page's address: lower-case letters and digits joined by single hyphens. */
public final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * The slug staff gave, checked; or, when they gave none, one made from the title ("Reset your
   * root password!" becomes "reset-your-root-password").
   */
  public static String of(String field, String given, String title, int maxLength) {
    if (given == null || given.isBlank()) {
      return fromTitle(title, maxLength);
    }
    String slug = given.strip();
    if (slug.length() > maxLength || !SLUG.matcher(slug).matches()) {
      throw BrandcloudException.invalid(
          field,
          field
              + " is lower-case letters and digits joined by hyphens, at most "
              + maxLength
              + " characters (e.g. reset-root-password)");
    }
    return slug;
  }

  static String fromTitle(String title, int maxLength) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(title.replace("ß", "ss"), Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String slug = OTHER.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "page" : slug;
  }
}
