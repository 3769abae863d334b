package io.brandcloud.web.edge;

import io.brandcloud.shared.PlainText;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The request-target as the edge reads it. The container decodes leniently (an invalid UTF-8
 * sequence becomes U+FFFD, a NUL passes), so the edge decodes the raw path and query again,
 * strictly, and refuses what no path segment or parameter of ours can mean.
 */
final class RequestTarget {

  private static final String UNENCODED = "-._~!$&'()*+,=:@/";

  private RequestTarget() {}

  /**
   * Whether the raw path and query (as the client sent them) decode as UTF-8 without control
   * characters.
   */
  static boolean isPlain(String rawPath, String rawQuery) {
    if (!isPlainText(rawPath, false)) {
      return false;
    }
    if (rawQuery == null || rawQuery.isEmpty()) {
      return true;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (!isPlainText(pair, true)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A decoded path encoded again for {@code getRequestDispatcher}: Undertow decodes the path it is
   * given, so a decoded one would be decoded twice ({@code %2557EB-INF} becoming {@code WEB-INF})
   * and one with characters outside ASCII could not be forwarded at all.
   */
  static String encodePath(String decodedPath) {
    StringBuilder out = new StringBuilder(decodedPath.length());
    for (byte b : decodedPath.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || UNENCODED.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isPlainText(String raw, boolean plusIsSpace) {
    return decode(raw, plusIsSpace)
        .map(text -> PlainText.forbiddenInLine(text).isEmpty())
        .orElse(false);
  }

  private static Optional<String> decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (low < 0) {
          return Optional.empty();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else if (Character.isSurrogate(c)) {
        int codePoint = raw.codePointAt(i);
        if (!Character.isSupplementaryCodePoint(codePoint)) {
          return Optional.empty();
        }
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i++;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
