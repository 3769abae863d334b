package io.brandcloud.shared.pdf;

import io.brandcloud.shared.Decimals;
import io.brandcloud.shared.Moments;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A document's words, amounts and dates in its reader's language (the English texts unless the
 * bundle has it, never the server's own locale), its moments in the tenant's time zone: the rule
 * the portal's pages follow too.
 */
public final class DocumentTexts {

  private static final String BUNDLE = "io.brandcloud.shared.pdf.documents";
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ZoneId zone;
  private final ResourceBundle words;

  public DocumentTexts(Locale locale, ZoneId zone) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.words = ResourceBundle.getBundle(BUNDLE, locale, NO_SERVER_LOCALE);
  }

  public Locale locale() {
    return locale;
  }

  /** The text under {@code key}, its {@code {0}}… replaced by {@code arguments} as given. */
  public String text(String key, Object... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }

  public String money(Money amount) {
    return amount.display(locale);
  }

  /** A rate or quantity as the language writes decimals, e.g. {@code 7,5} in German. */
  public String number(BigDecimal value) {
    return Decimals.written(value, locale);
  }

  /** The day of a moment in the tenant's time zone. */
  public String date(Instant at) {
    return date(at.atZone(zone).toLocalDate());
  }

  public String date(LocalDate day) {
    return Moments.date(day, locale);
  }

  /** A moment to the minute in the tenant's time zone, which the document names ({@link #zone}). */
  public String time(Instant at) {
    return Moments.time(at, locale, zone);
  }

  /** An hour from its start, as usage charges are billed. */
  public String hour(Instant start) {
    return Moments.hour(start, locale, zone);
  }

  /** The tenant's time zone, in which the reader's days and times are told. */
  public ZoneId timeZone() {
    return zone;
  }

  /** The time zone the document's times are in, e.g. {@code Europe/Berlin}. */
  public String zone() {
    return zone.getId();
  }
}
