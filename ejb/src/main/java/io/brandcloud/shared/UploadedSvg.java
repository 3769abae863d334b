package io.brandcloud.shared;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A vector image (an SVG logo) someone uploaded, drawn as pixels at the size it is shown: the
 * drawing runs no script, loads nothing from outside the file and reads no DTD, and only the pixels
 * are kept, so nothing in the file can reach a visitor's browser.
 */
public final class UploadedSvg {

  public static final String TYPE = "image/svg+xml";

  private static final LoaderContext SAFE =
      LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private UploadedSvg() {}

  /**
   * The image drawn as large as fits a {@code boxWidth} × {@code boxHeight} box (vectors scale up
   * as well as down), or a 400 naming {@code field}.
   */
  public static BufferedImage draw(
      String field, byte[] svg, int maxBytes, int boxWidth, int boxHeight) {
    if (svg == null || svg.length == 0 || svg.length > maxBytes) {
      throw BrandcloudException.invalid(field, "The image has at most " + maxBytes / 1024 + " KiB");
    }
    requireNoCostlyEffects(field, svg);
    SVGDocument document;
    try {
      document = new SVGLoader().load(new ByteArrayInputStream(svg), null, SAFE);
    } catch (RuntimeException | StackOverflowError e) {
      document = null;
    }
    if (document == null) {
      throw BrandcloudException.invalid(field, "The file is not a readable SVG image");
    }
    FloatSize size = document.size();
    if (!(size.width > 0 && size.height > 0)
        || Float.isInfinite(size.width)
        || Float.isInfinite(size.height)) {
      throw BrandcloudException.invalid(
          field, "The SVG image has no size: give it a width and height or a viewBox");
    }
    double scale = Math.min(boxWidth / (double) size.width, boxHeight / (double) size.height);
    int width = Math.max(1, (int) Math.round(size.width * scale));
    int height = Math.max(1, (int) Math.round(size.height * scale));
    BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = drawn.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      document.render(null, g, new ViewBox(0, 0, width, height));
    } catch (RuntimeException | StackOverflowError e) {
      throw BrandcloudException.invalid(field, "The file is not a readable SVG image");
    } finally {
      g.dispose();
    }
    if (blank(drawn)) {
      throw BrandcloudException.invalid(field, "The SVG image draws nothing that can be seen");
    }
    return drawn;
  }

  /**
   * Filters and patterns are drawn into buffers as large as their regions say, so a few hundred
   * bytes could ask for gigabytes: a logo with them is refused rather than drawn.
   */
  private static void requireNoCostlyEffects(String field, byte[] svg) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(svg));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            if (name.equals("filter") || name.equals("pattern") || name.startsWith("fe")) {
              throw BrandcloudException.invalid(
                  field,
                  "The SVG image uses filters or patterns, which are not drawn here: export it"
                      + " without effects, or upload a PNG");
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw BrandcloudException.invalid(field, "The file is not a readable SVG image");
    }
  }

  private static boolean blank(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          return false;
        }
      }
    }
    return true;
  }
}
