package io.brandcloud.tenancy;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How a tenant's portal looks: product name, primary colour ({@code #rrggbb}), an optional logo
 * URL, and whether its pages are dark.
 */
public record Brand(String productName, String primaryColor, String logoUrl, boolean dark)
    implements Serializable {

  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Brand {
    if (productName == null || productName.isBlank()) {
      throw new IllegalArgumentException("A brand needs a product name");
    }
    if (primaryColor == null || !COLOR.matcher(primaryColor).matches()) {
      throw new IllegalArgumentException("A brand colour is #rrggbb, not " + primaryColor);
    }
  }

  /** A light brand. */
  public Brand(String productName, String primaryColor, String logoUrl) {
    this(productName, primaryColor, logoUrl, false);
  }

  /** The page's own background behind cards ({@code page}) and of the cards ({@code surface}). */
  public String pageColor() {
    return dark ? "#121417" : "#f6f7f9";
  }

  public String surfaceColor() {
    return dark ? "#1f2328" : "#ffffff";
  }

  /** The text drawn on the primary colour: the menu bar, buttons, table heads. */
  public String textOnPrimary() {
    return Contrast.textOn(primaryColor);
  }

  /**
   * The primary colour as text on the page and its cards, darkened (or, on dark pages, lightened)
   * as far as it must be to read.
   */
  public String primaryAsText() {
    return Contrast.asTextOn(primaryColor, surfaceColor(), pageColor());
  }

  /**
   * The logo's address as a page below {@code portalBase} links it: a logo the tenant's admins
   * uploaded is served by the portal itself ({@code /brand/…}), any other is absolute; null without
   * a logo.
   */
  public String logoUrlBelow(String portalBase) {
    return logoUrl != null && logoUrl.startsWith("/") ? portalBase + logoUrl : logoUrl;
  }

  public static boolean isValidColor(String color) {
    return color != null && COLOR.matcher(color).matches();
  }
}
