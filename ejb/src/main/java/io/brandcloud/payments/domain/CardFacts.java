package io.brandcloud.payments.domain;

import java.util.Locale;

/**
 * What the gateway says of the card a payment was made with: its fingerprint, the same for one card
 * however often and by whomever it is used, and the ISO country that issued it (either may be
 * null).
 */
public record CardFacts(String fingerprint, String country) {

  private static final int MAX_FINGERPRINT = 64;

  /** The facts as the gateway gave them, what does not fit left out; null when nothing is left. */
  public static CardFacts of(String fingerprint, String country) {
    String issued =
        country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(Locale.ROOT) : null;
    String print =
        fingerprint != null && !fingerprint.isBlank() && fingerprint.length() <= MAX_FINGERPRINT
            ? fingerprint.strip()
            : null;
    return print == null && issued == null ? null : new CardFacts(print, issued);
  }
}
