package io.brandcloud.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.Contrast;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a mail: the text exactly as its plain part says it, in paragraphs, with its
 * addresses as links, under the shop's header (its colour, and its logo or name). Mustache escapes
 * every value, so nothing a template or a customer wrote becomes markup.
 */
final class HtmlMail {

  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
  private static final String TRAILING_PUNCTUATION = ".,;:!?)";
  private static final String PAGE = "#f4f5f7";
  private static final String WHITE = "#ffffff";
  private static final Mustache LAYOUT = compile();

  private HtmlMail() {}

  static String render(RenderedMessage message, Brand brand, String portalUrl) {
    String logo = brand.logoUrlBelow(portalUrl);
    StringWriter html = new StringWriter();
    LAYOUT.execute(
        html,
        Map.of(
            "subject", message.subject(),
            "product", brand.productName(),
            "primary", brand.primaryColor(),
            "onPrimary", brand.textOnPrimary(),
            "link", Contrast.asTextOn(brand.accent(), WHITE),
            "page", PAGE,
            "logo", logo != null && logo.startsWith("http") ? logo : false,
            "portal", portalUrl,
            "paragraphs", paragraphs(message.body())));
    return html.toString();
  }

  /**
   * Paragraphs (split at blank lines) of lines (a break after all but the last) of pieces: runs of
   * text, a link where {@code href} is set. Maps, which Mustache reads without reflection.
   */
  private static List<Map<String, Object>> paragraphs(String body) {
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    for (String block : body.strip().split("\\R\\s*\\R")) {
      List<String> texts = block.lines().toList();
      List<Map<String, Object>> lines = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        lines.add(Map.of("pieces", pieces(texts.get(i)), "last", i == texts.size() - 1));
      }
      paragraphs.add(Map.of("lines", lines));
    }
    return paragraphs;
  }

  private static List<Map<String, String>> pieces(String line) {
    List<Map<String, String>> pieces = new ArrayList<>();
    Matcher address = ADDRESS.matcher(line);
    int at = 0;
    while (address.find()) {
      String url = address.group();
      int end = address.end();
      while (!url.isEmpty()
          && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0
          && !closesItsOwnParenthesis(url)) {
        url = url.substring(0, url.length() - 1);
        end--;
      }
      if (address.start() > at) {
        pieces.add(Map.of("text", line.substring(at, address.start())));
      }
      pieces.add(Map.of("text", url, "href", url));
      at = end;
    }
    if (at < line.length()) {
      pieces.add(Map.of("text", line.substring(at)));
    }
    return pieces;
  }

  /** "…/Foo_(bar)" keeps its ")", which "see …/Foo)" does not. */
  private static boolean closesItsOwnParenthesis(String url) {
    return url.endsWith(")")
        && url.chars().filter(c -> c == '(').count() >= url.chars().filter(c -> c == ')').count();
  }

  private static Mustache compile() {
    try (InputStream template = HtmlMail.class.getResourceAsStream("html/layout.mustache")) {
      return new DefaultMustacheFactory()
          .compile(
              new StringReader(new String(template.readAllBytes(), StandardCharsets.UTF_8)),
              "mail-layout");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
