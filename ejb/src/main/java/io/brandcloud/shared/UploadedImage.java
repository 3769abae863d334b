package io.brandcloud.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image someone uploaded (a logo), checked before anything keeps it: a PNG or JPEG by its
 * declared type, within a byte limit, and really an image of at most so many pixels a side.
 */
public final class UploadedImage {

  private static final Map<String, Set<String>> FORMATS =
      Map.of("image/png", Set.of("png"), "image/jpeg", Set.of("jpeg", "jpg"));

  private UploadedImage() {}

  /**
   * The decoded image, or a 400 naming {@code field}; reads the size from the header first, so a
   * small file cannot unpack into a huge image.
   */
  public static BufferedImage decode(
      String field, byte[] image, String contentType, int maxBytes, int maxPixels) {
    if (contentType == null || !FORMATS.containsKey(contentType)) {
      throw BrandcloudException.invalid(field, "The image is a PNG or JPEG");
    }
    if (image == null || image.length == 0 || image.length > maxBytes) {
      throw BrandcloudException.invalid(field, "The image has at most " + maxBytes / 1024 + " KiB");
    }
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw unreadable(field);
      }
      ImageReader reader = readers.next();
      try {
        // what the bytes are, not what they were called: a GIF named .png is no PNG here
        if (!FORMATS.get(contentType).contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
          throw unreadable(field);
        }
        // metadata ignored: a PNG's compressed text chunks could unpack to far more than the file
        reader.setInput(input, true, true);
        if (reader.getWidth(0) > maxPixels || reader.getHeight(0) > maxPixels) {
          throw BrandcloudException.invalid(
              field, "The image has at most " + maxPixels + " × " + maxPixels + " pixels");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BrandcloudException known) {
        throw known;
      }
      throw unreadable(field);
    }
  }

  private static BrandcloudException unreadable(String field) {
    return BrandcloudException.invalid(field, "The file is not a readable image");
  }
}
