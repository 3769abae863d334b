package io.brandcloud.billing.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the system writes on a ledger row, kept with its values so that each reader reads it in
 * their language; staff's own reasons have no wording and stay as written. The English wording is
 * what the row's description says.
 */
public enum LedgerWording {
  TOP_UP(true),
  AUTO_TOP_UP(true),
  REFUND(true),
  DISPUTE(true),
  DISPUTE_WON(true),
  SERVER_HOUR(false),
  SNAPSHOT_HOUR(false),
  VOLUME_HOUR(false),
  ADDRESS_HOUR(false),
  TRANSFER(false),
  INVOICE(false),
  INVOICE_TAX(false),
  CREDIT_NOTE(false);

  private static final String BUNDLE = "io.brandcloud.billing.domain.ledger";
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Whether the first value is a payment gateway's wire name, which the language names. */
  private final boolean namesGateway;

  LedgerWording(boolean namesGateway) {
    this.namesGateway = namesGateway;
  }

  /** The row's text with these values, in English as the ledger keeps it. */
  public LedgerText with(String... values) {
    List<String> kept = List.of(values);
    return new LedgerText(in(Locale.ROOT, kept), this, kept);
  }

  /** A payment gateway by its wire name, as {@code language} names it. */
  public static String gatewayName(String wireName, Locale language) {
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE);
    String key = "gateway." + wireName;
    return words.containsKey(key) ? words.getString(key) : wireName;
  }

  /** The row's text as {@code language} says it (English unless the bundle has it). */
  public String in(Locale language, List<String> values) {
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE);
    Object[] arguments = values.toArray();
    if (namesGateway && arguments.length > 0) {
      arguments[0] = gatewayName((String) arguments[0], language);
    }
    return new MessageFormat(words.getString(name()), language).format(arguments);
  }
}
