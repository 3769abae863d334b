package io.brandcloud.platform.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A tenant's logo as the panel serves it: redrawn as a PNG no larger than the header shows it twice
 * over (so nothing of the upload but its pixels is kept), and addressed by its digest.
 */
public record BrandLogo(byte[] png, String digest, int width, int height) {

  static final int MAX_WIDTH = 640;
  static final int MAX_HEIGHT = 160;
  private static final String PATH_PREFIX = "/brand/logo-";
  private static final Pattern PATH = Pattern.compile("/brand/logo-[0-9a-f]{12}\\.png");

  /** The logo drawn from an uploaded image, scaled down to fit, never up. */
  public static BrandLogo of(BufferedImage image) {
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) MAX_WIDTH / image.getWidth(), (double) MAX_HEIGHT / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = drawn.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    byte[] png = encode(drawn);
    return new BrandLogo(png, sha256(png), width, height);
  }

  /** The address the portal shows it at, below the tenant's base: a new logo, a new address. */
  public String path() {
    return PATH_PREFIX + digest.substring(0, 12) + ".png";
  }

  /** Whether a brand's logo address names an uploaded logo rather than an outside image. */
  public static boolean isUploadedPath(String logoUrl) {
    return logoUrl != null && PATH.matcher(logoUrl).matches();
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
