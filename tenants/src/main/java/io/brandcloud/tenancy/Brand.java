package io.brandcloud.tenancy;

import java.util.regex.Pattern;

/**
 * How a tenant's portal looks: product name, primary colour ({@code #rrggbb}), an optional logo
 * URL, and whether its pages are dark.
 */
public record Brand(String productName, String primaryColor, String logoUrl, boolean dark) {

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

  public static boolean isValidColor(String color) {
    return color != null && COLOR.matcher(color).matches();
  }
}
