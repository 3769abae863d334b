package io.brandcloud.shared.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Mustache for plain text tenants write (mail, cloud-init): values are written as they are (no HTML
 * escaping), only map entries are visible to a template (no method of any object), and no partial
 * can be read from the class path or the disk.
 */
final class PlainTextMustache extends DefaultMustacheFactory {

  PlainTextMustache() {
    super(name -> null);
    setObjectHandler(new MapObjectHandler());
  }

  @Override
  public void encode(String value, Writer writer) {
    try {
      writer.write(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
