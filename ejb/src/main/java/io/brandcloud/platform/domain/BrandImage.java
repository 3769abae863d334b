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
 * A tenant's logo or tab icon as the panel serves it: redrawn as a PNG no larger than it is shown
 * (so nothing of the upload but its pixels is kept), and addressed by its digest.
 */
public record BrandImage(Kind kind, byte[] png, String digest, int width, int height) {

  /** What the image is for, and the most pixels it is kept with. */
  public enum Kind {
    /** The header's logo, twice as large as the header shows it. */
    LOGO("logo", 640, 160, false),
    /** The browser tab's icon: fitted into a square and centred on a transparent ground. */
    ICON("icon", 64, 64, true);

    private final String word;
    private final int maxWidth;
    private final int maxHeight;
    private final boolean square;
    private final Pattern path;

    Kind(String word, int maxWidth, int maxHeight, boolean square) {
      this.word = word;
      this.maxWidth = maxWidth;
      this.maxHeight = maxHeight;
      this.square = square;
      this.path = Pattern.compile("/brand/" + word + "-[0-9a-f]{12}\\.png");
    }

    /** The widest it is kept; an SVG is drawn to fill this box. */
    public int maxWidth() {
      return maxWidth;
    }

    public int maxHeight() {
      return maxHeight;
    }

    /** Whether a brand's address for this image names an uploaded one, not an outside image. */
    public boolean isUploadedPath(String url) {
      return url != null && path.matcher(url).matches();
    }
  }

  /** The image drawn from an uploaded one, scaled down to fit, never up. */
  public static BrandImage of(Kind kind, BufferedImage image) {
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) kind.maxWidth / image.getWidth(),
                (double) kind.maxHeight / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    int canvasWidth = kind.square ? kind.maxWidth : width;
    int canvasHeight = kind.square ? kind.maxHeight : height;
    BufferedImage drawn = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = drawn.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(
          image, (canvasWidth - width) / 2, (canvasHeight - height) / 2, width, height, null);
    } finally {
      g.dispose();
    }
    byte[] png = encode(drawn);
    return new BrandImage(kind, png, sha256(png), canvasWidth, canvasHeight);
  }

  /** The address the portal shows it at, below the tenant's base: a new image, a new address. */
  public String path() {
    return "/brand/" + kind.word + "-" + digest.substring(0, 12) + ".png";
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
