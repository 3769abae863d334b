package io.brandcloud.tenancy;

import java.util.Locale;

/**
 * Text contrast as WCAG 2 measures it, so a brand's colour is never the reason a page cannot be
 * read: the text drawn on it, and the colour itself used as text, both reach {@link #TEXT}.
 */
public final class Contrast {

  /** WCAG AA for normal text. */
  public static final double TEXT = 4.5;

  private static final String BLACK = "#000000";
  private static final String WHITE = "#ffffff";
  private static final int STEPS = 20;

  private Contrast() {}

  /** The contrast ratio of two {@code #rrggbb} colours, 1 to 21. */
  public static double ratio(String one, String other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /**
   * White where it reads on {@code background}, as brands mostly mean it, else black: one of the
   * two always reaches 4.5:1, since their two ratios multiply to 21.
   */
  public static String textOn(String background) {
    return ratio(WHITE, background) >= TEXT ? WHITE : BLACK;
  }

  /**
   * {@code colour} as text on every one of {@code backgrounds}: itself where it reads, else moved
   * step by step toward black (on light backgrounds) or white (on dark ones) until it does.
   */
  public static String asTextOn(String colour, String... backgrounds) {
    String toward = luminance(backgrounds[0]) > 0.18 ? BLACK : WHITE;
    for (int step = 0; step <= STEPS; step++) {
      String mixed = mix(colour, toward, (double) step / STEPS);
      if (readsOnAll(mixed, backgrounds)) {
        return mixed;
      }
    }
    return toward;
  }

  private static boolean readsOnAll(String colour, String... backgrounds) {
    for (String background : backgrounds) {
      if (ratio(colour, background) < TEXT) {
        return false;
      }
    }
    return true;
  }

  private static String mix(String colour, String toward, double share) {
    int[] from = rgb(colour);
    int[] to = rgb(toward);
    int[] mixed = new int[3];
    for (int i = 0; i < 3; i++) {
      mixed[i] = (int) Math.round(from[i] + (to[i] - from[i]) * share);
    }
    return String.format(Locale.ROOT, "#%02x%02x%02x", mixed[0], mixed[1], mixed[2]);
  }

  private static double luminance(String colour) {
    int[] rgb = rgb(colour);
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int[] rgb(String colour) {
    if (!Brand.isValidColor(colour)) {
      throw new IllegalArgumentException("A colour is #rrggbb, not " + colour);
    }
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {value >> 16, (value >> 8) & 0xff, value & 0xff};
  }
}
