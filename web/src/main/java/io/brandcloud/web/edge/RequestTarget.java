package io.brandcloud.web.edge;

import java.nio.charset.StandardCharsets;

/** The request-target as the edge reads it and hands it on. */
final class RequestTarget {

  private static final String UNENCODED = "-._~!$&'()*+,=:@/";

  private RequestTarget() {}

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
}
