package io.brandcloud.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brandcloud's own wording of each message, from {@code templates/<type>_<language>.txt} next to
 * this class, falling back to English ({@code templates/<type>.txt}). A file holds the subject on
 * its first line, a blank line, then the body.
 */
final class DefaultTemplates {

  /** A default template's text, as staff see it before they change it. */
  record Text(String subject, String body) {}

  private static final Map<String, Text> TEXTS = new ConcurrentHashMap<>();
  private static final Map<String, MailTemplate> COMPILED = new ConcurrentHashMap<>();

  private DefaultTemplates() {}

  static Text text(MessageType type, Locale locale) {
    String language = locale.getLanguage();
    String localised = type.key() + "_" + language + ".txt";
    String file =
        !language.isEmpty() && DefaultTemplates.class.getResource("templates/" + localised) != null
            ? localised
            : type.key() + ".txt";
    return TEXTS.computeIfAbsent(file, DefaultTemplates::read);
  }

  static MailTemplate compiled(MessageType type, Locale locale) {
    Text text = text(type, locale);
    return COMPILED.computeIfAbsent(
        type.key() + "/" + locale.getLanguage(),
        key -> MailTemplate.compile(type, text.subject(), text.body()));
  }

  private static Text read(String file) {
    try (InputStream in = DefaultTemplates.class.getResourceAsStream("templates/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No default template " + file);
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = content.indexOf('\n');
      return new Text(content.substring(0, end).strip(), content.substring(end + 1).stripLeading());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
