package io.brandcloud.fraud.domain;

/** A signal a tenant may switch on; some have a figure of their own (the rule's limit). */
public enum FraudRule {
  /** The e-mail address is at a disposable (throwaway) mail domain from the shipped list. */
  DISPOSABLE_EMAIL(false),
  /**
   * More than {@code limit} checks of the same kind came from the same /24 (IPv4) or /64 (IPv6) in
   * the past hour.
   */
  ADDRESS_RATE(true),
  /**
   * The organisation's first order is worth more than {@code limit} a month, or its first top-up
   * more than {@code limit}.
   */
  FIRST_ORDER_ABOVE(true),
  /** The e-mail address, its domain, the name or the client address is on the block list. */
  BLOCK_LIST(false),
  /** The card a top-up was paid with was issued in another country than the billing country. */
  CARD_COUNTRY(false),
  /** The card a top-up was paid with paid for {@code limit} or more other organisations too. */
  CARD_SHARED(true);

  private final boolean hasLimit;

  FraudRule(boolean hasLimit) {
    this.hasLimit = hasLimit;
  }

  public boolean hasLimit() {
    return hasLimit;
  }

  /** Whether a stored rule name is one of these: a rule dropped from the code is passed over. */
  public static boolean known(String name) {
    return java.util.Arrays.stream(values()).anyMatch(rule -> rule.name().equals(name));
  }
}
