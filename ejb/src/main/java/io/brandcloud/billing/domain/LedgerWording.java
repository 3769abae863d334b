package io.brandcloud.billing.domain;

import io.brandcloud.shared.Decimals;
import io.brandcloud.shared.Moments;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the system writes on a ledger row or an invoice's line, kept with its values so that each
 * reader reads it in their language; staff's own reasons and lines have no wording and stay as
 * written. The English wording is what the row's description says: values as kept there (a date as
 * 2026-12-01, a cycle by its wire name, a gateway by the name it goes by); other readers read them
 * as their language writes them.
 */
public enum LedgerWording {
  TOP_UP(Value.GATEWAY),
  AUTO_TOP_UP(Value.GATEWAY),
  REFUND(Value.GATEWAY),
  DISPUTE(Value.GATEWAY),
  DISPUTE_WON(Value.GATEWAY),
  SERVER_HOUR,
  SNAPSHOT_HOUR,
  VOLUME_HOUR,
  ADDRESS_HOUR,
  TRANSFER,
  INVOICE,
  INVOICE_TAX,
  CREDIT_NOTE,
  TERM(Value.TEXT, Value.CYCLE, Value.DATE),
  TERM_WITH_SETUP_FEE(Value.TEXT, Value.CYCLE, Value.DATE),
  COUPON(Value.TEXT, Value.TEXT, Value.DATE),
  COUPONS(Value.TEXT, Value.TEXT, Value.DATE),
  TAX_ON,
  TERM_CREDIT(Value.TEXT, Value.END),
  REVERSAL,
  BACKUPS_NEVER_ON,
  BACKUPS_GIVEN_BACK(Value.MONTH),
  SERVER_LINE,
  SNAPSHOTS_LINE,
  VOLUME_LINE,
  ADDRESS_LINE,
  TRANSFER_LINE(Value.NUMBER),
  TERM_LINE(Value.TEXT, Value.CYCLE, Value.DATE, Value.DATE),
  SETUP_FEE_LINE,
  COUPON_LINE;

  /** How a value is read: as written (or in its own wording), or named in the reader's words. */
  enum Value {
    TEXT,
    GATEWAY,
    CYCLE,
    DATE,
    /** The day after a term, as its end is kept; read as the term's last day. */
    END,
    MONTH,
    /** A decimal number as the ledger keeps it (12.5), read with the reader's separators. */
    NUMBER
  }

  private static final String BUNDLE = "io.brandcloud.billing.domain.ledger";
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The kinds of the first values; any further value is text. */
  private final List<Value> kinds;

  LedgerWording(Value... kinds) {
    this.kinds = Arrays.asList(kinds);
  }

  /** The row's text with these values, in English as the ledger keeps it. */
  public LedgerText with(String... values) {
    return withTexts(Arrays.stream(values).map(LedgerText::asWritten).toArray(LedgerText[]::new));
  }

  /** As {@link #with}, with values that are texts of their own (a reason, a wording). */
  public LedgerText withTexts(LedgerText... values) {
    List<LedgerText> kept = List.of(values);
    return new LedgerText(in(Locale.ROOT, kept), this, kept);
  }

  /** A payment gateway by its wire name, as {@code language} names it. */
  public static String gatewayName(String wireName, Locale language) {
    return named("gateway." + wireName, wireName, language);
  }

  /** The row's text as {@code language} says it (English unless the bundle has it). */
  public String in(Locale language, List<LedgerText> values) {
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE);
    Object[] arguments = new Object[values.size()];
    for (int i = 0; i < arguments.length; i++) {
      Value kind = i < kinds.size() ? kinds.get(i) : Value.TEXT;
      arguments[i] = read(kind, values.get(i), language);
    }
    return new MessageFormat(words.getString(name()), language).format(arguments);
  }

  private static String read(Value kind, LedgerText value, Locale language) {
    String kept = value.english();
    if (kind == Value.GATEWAY) {
      return gatewayName(kept, language);
    }
    if (language.equals(Locale.ROOT)) {
      return kept;
    }
    try {
      return switch (kind) {
        case TEXT, GATEWAY -> value.in(language);
        case CYCLE -> named("cycle." + kept, kept, language);
        case DATE -> Moments.date(LocalDate.parse(kept), language);
        case END -> Moments.date(LocalDate.parse(kept).minusDays(1), language);
        case MONTH ->
            DateTimeFormatter.ofPattern("LLLL yyyy", language).format(YearMonth.parse(kept));
        case NUMBER -> Decimals.written(new BigDecimal(kept), language);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return kept;
    }
  }

  private static String named(String key, String otherwise, Locale language) {
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE);
    return words.containsKey(key) ? words.getString(key) : otherwise;
  }
}
