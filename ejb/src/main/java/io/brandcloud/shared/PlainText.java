package io.brandcloud.shared;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Which characters text from users may hold. Control characters are refused because PostgreSQL
 * cannot store NUL and the others only corrupt logs, mails and PDFs; lone surrogates and
 * noncharacters because UTF-8 cannot carry them, so the driver would silently store a '?' instead.
 * Format characters such as a right-to-left override are text and stay allowed.
 */
public final class PlainText {

  private PlainText() {}

  /** The first character a one-line value (a name, an e-mail address, a code) may not hold. */
  public static OptionalInt forbiddenInLine(String text) {
    return firstForbidden(text, false);
  }

  /** The same for multi-line values (an address): line breaks and tabs are allowed there. */
  public static OptionalInt forbiddenInLines(String text) {
    return firstForbidden(text, true);
  }

  /**
   * At most {@code max} characters, for a column of that size; never cut between the two halves of
   * a surrogate pair, which UTF-8 would store as '?'.
   */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
  }

  /** A code point as people look it up, e.g. {@code U+0000}. */
  public static String describe(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /**
   * The text with every character it may not hold written as {@code [U+0000]}: for records of what
   * someone sent (the audit log), which must keep the attempt visible rather than refuse it.
   */
  public static String escapeForbidden(String text, boolean multiLine) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      OptionalInt forbidden = firstForbidden(text.substring(i, next(text, i)), multiLine);
      if (forbidden.isPresent()) {
        out.append('[').append(describe(forbidden.getAsInt())).append(']');
      } else {
        out.append(text, i, next(text, i));
      }
      i = next(text, i);
    }
    return out.toString();
  }

  private static int next(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))
        ? i + 2
        : i + 1;
  }

  private static OptionalInt firstForbidden(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); ) {
      char unit = text.charAt(i);
      if (Character.isHighSurrogate(unit)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(unit, text.charAt(i + 1));
        if (isNoncharacter(codePoint)) {
          return OptionalInt.of(codePoint);
        }
        i += 2;
        continue;
      }
      if (Character.isSurrogate(unit)
          || isNoncharacter(unit)
          || (Character.getType(unit) == Character.CONTROL && !(multiLine && isLineLayout(unit)))) {
        return OptionalInt.of(unit);
      }
      i++;
    }
    return OptionalInt.empty();
  }

  private static boolean isLineLayout(char c) {
    return c == '\n' || c == '\r' || c == '\t';
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
