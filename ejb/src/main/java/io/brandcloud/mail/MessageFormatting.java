package io.brandcloud.mail;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a message's values the way the tenant's readers expect them: money by {@link Money} in the
 * tenant's locale (or as credits where the tenant sells credits), dates and times in its locale and
 * time zone, numbers with its separators.
 */
record MessageFormatting(Locale locale, ZoneId zone, boolean credits) {

  private static final String WORDS = "io.brandcloud.mail.words";
  // English unless the bundle has the reader's language, never the server's own locale
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  Map<String, String> format(Map<String, ?> values) {
    Map<String, String> written = new LinkedHashMap<>();
    values.forEach((name, value) -> written.put(name, format(value)));
    return written;
  }

  String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Money money) {
      return credits ? money.displayAsCredits(locale) : money.display(locale);
    }
    if (value instanceof PerHour perHour) {
      return credits
          ? perHour.amount().displayAsCredits(locale)
          : perHour.amount().display(locale, 4);
    }
    if (value instanceof YearMonth month) {
      return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
          .withLocale(locale)
          .withZone(zone)
          .format(instant);
    }
    if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
      return NumberFormat.getNumberInstance(locale).format(value);
    }
    if (value instanceof Enum<?> kind) {
      return words(kind);
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(this::format).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** A role, priority or status as the reader's language names it ({@code words.properties}). */
  private String words(Enum<?> kind) {
    String key = kind.getDeclaringClass().getSimpleName() + "." + kind.name();
    ResourceBundle words = ResourceBundle.getBundle(WORDS, locale, NO_SERVER_LOCALE);
    return words.containsKey(key)
        ? words.getString(key)
        : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
