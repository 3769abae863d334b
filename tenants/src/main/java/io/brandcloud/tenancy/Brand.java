package io.brandcloud.tenancy;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How a tenant's portal looks and its mail reads: product name, primary colour ({@code #rrggbb}),
 * an optional logo URL, whether its pages are dark, an optional uploaded tab icon, the name its
 * mail is sent under when not the product's, and an accent colour for links and what is chosen when
 * not the primary one.
 */
public record Brand(
    String productName,
    String primaryColor,
    String logoUrl,
    boolean dark,
    String iconUrl,
    String mailSender,
    String accentColor)
    implements Serializable {

  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Brand {
    if (productName == null || productName.isBlank()) {
      throw new IllegalArgumentException("A brand needs a product name");
    }
    if (primaryColor == null || !COLOR.matcher(primaryColor).matches()) {
      throw new IllegalArgumentException("A brand colour is #rrggbb, not " + primaryColor);
    }
    if (accentColor != null && !COLOR.matcher(accentColor).matches()) {
      throw new IllegalArgumentException("An accent colour is #rrggbb, not " + accentColor);
    }
  }

  /** A light brand. */
  public Brand(String productName, String primaryColor, String logoUrl) {
    this(productName, primaryColor, logoUrl, false);
  }

  /** A brand with the tab icon the panel draws, sending mail under its product name. */
  public Brand(String productName, String primaryColor, String logoUrl, boolean dark) {
    this(productName, primaryColor, logoUrl, dark, null, null, null);
  }

  /** This brand with another name, colour and pages, its images and mail as they are. */
  public Brand withLook(String productName, String primaryColor, boolean dark) {
    return new Brand(productName, primaryColor, logoUrl, dark, iconUrl, mailSender, accentColor);
  }

  /** This brand with another logo, or none. */
  public Brand withLogo(String logoUrl) {
    return new Brand(productName, primaryColor, logoUrl, dark, iconUrl, mailSender, accentColor);
  }

  /** This brand with another uploaded tab icon, or the drawn one with null. */
  public Brand withIcon(String iconUrl) {
    return new Brand(productName, primaryColor, logoUrl, dark, iconUrl, mailSender, accentColor);
  }

  /** This brand sending mail under another name, or the product's with null. */
  public Brand withMailSender(String mailSender) {
    return new Brand(productName, primaryColor, logoUrl, dark, iconUrl, mailSender, accentColor);
  }

  /** This brand with another accent colour, or the primary one as its accent with null. */
  public Brand withAccent(String accentColor) {
    return new Brand(productName, primaryColor, logoUrl, dark, iconUrl, mailSender, accentColor);
  }

  /** The colour of links and of what is chosen (a plan, a tab): the accent, else the primary. */
  public String accent() {
    return accentColor == null ? primaryColor : accentColor;
  }

  /** The text drawn on the accent colour (a chosen chip). */
  public String textOnAccent() {
    return Contrast.textOn(accent());
  }

  /** The accent as link text on the pages and their cards, as far changed as it must be to read. */
  public String accentAsText() {
    return Contrast.asTextOn(accent(), surfaceColor(), pageColor());
  }

  /** The name readers see its mail come from. */
  public String senderName() {
    return mailSender == null ? productName : mailSender;
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
