package io.brandcloud.support.mailin.infrastructure;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The plain text of a mail: its text/plain part where it has one (most mail programs send one
 * beside the HTML); otherwise the HTML part with its markup taken off, since a ticket keeps plain
 * text and shows it escaped. Attachments are not read, and no part larger than {@value
 * #MAX_PART_BYTES} bytes: an answer is written at the top, and anyone can mail the support address.
 */
final class MailText {

  static final int MAX_PART_BYTES = 1_000_000;

  private static final Set<String> HIDDEN = Set.of("style", "script", "head", "title");
  private static final Set<String> BREAKS = Set.of("br", "/p", "/div", "li", "/tr");

  private MailText() {}

  static String plainText(Part part) throws MessagingException {
    try {
      String plain = find(part, "text/plain");
      if (plain != null) {
        return plain;
      }
      String html = find(part, "text/html");
      return html == null ? "" : fromHtml(html);
    } catch (IOException e) {
      throw new MessagingException("The mail's text cannot be read", e);
    }
  }

  private static String find(Part part, String type) throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return null;
    }
    if (part.isMimeType(type)) {
      if (part.getSize() > MAX_PART_BYTES) {
        return null;
      }
      Object content = part.getContent();
      return content instanceof String text ? text : null;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = find(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The words of an HTML mail, in one pass (no regular expression that backtracks on markup a
   * sender chose): tags are dropped, style and script with their content, and blocks and breaks
   * become line breaks.
   */
  static String fromHtml(String html) {
    StringBuilder text = new StringBuilder(Math.min(html.length(), 64 * 1024));
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c != '<') {
        text.append(c);
        i++;
        continue;
      }
      int end = html.indexOf('>', i);
      if (end < 0) {
        break;
      }
      String name = tagName(html, i + 1, end);
      if (HIDDEN.contains(name)) {
        int close = indexOfIgnoringCase(html, "</" + name, end);
        int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
        i = closeEnd < 0 ? html.length() : closeEnd + 1;
        continue;
      }
      if (BREAKS.contains(name)) {
        text.append('\n');
      }
      i = end + 1;
    }
    return entities(text.toString());
  }

  private static String tagName(String html, int from, int end) {
    int start = from;
    while (start < end && Character.isWhitespace(html.charAt(start))) {
      start++;
    }
    int stop = start;
    while (stop < end
        && (Character.isLetterOrDigit(html.charAt(stop))
            || (stop == start && html.charAt(stop) == '/'))) {
      stop++;
    }
    return html.substring(start, stop).toLowerCase(Locale.ROOT);
  }

  /** Where {@code tag} (such as "&lt;/style") next starts, in any case; -1 if nowhere. */
  private static int indexOfIgnoringCase(String html, String tag, int from) {
    for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
      if (html.regionMatches(true, at, tag, 0, tag.length())) {
        return at;
      }
    }
    return -1;
  }

  private static String entities(String text) {
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
