package io.brandcloud.payments.testgateway;

import io.brandcloud.payments.domain.CardFacts;
import io.brandcloud.shared.BrandcloudException;
import java.util.Map;

/**
 * The test gateway's cards, like Stripe's test numbers: 4242 always pays, 0002 is always declined,
 * and 0341 pays at a checkout but is declined when charged later with the customer away, so every
 * path of a top-up and an automatic top-up can be tried.
 */
public final class TestCards {

  public static final String PAYS = "4242";
  public static final String DECLINED = "0002";
  public static final String DECLINED_LATER = "0341";
  private static final Map<String, String> LABELS =
      Map.of(PAYS, "Visa •••• 4242", DECLINED, "Visa •••• 0002", DECLINED_LATER, "Visa •••• 0341");

  // where the test cards were issued, so that fraud screening's card rules can be tried
  private static final Map<String, String> COUNTRIES =
      Map.of(PAYS, "US", DECLINED, "US", DECLINED_LATER, "DE");

  private TestCards() {}

  /** What a gateway would tell of the card: one fingerprint per test card, and its country. */
  public static CardFacts facts(String last4) {
    return last4 == null || !COUNTRIES.containsKey(last4)
        ? null
        : CardFacts.of("tgfp_" + last4, COUNTRIES.get(last4));
  }

  public static String require(String last4) {
    if (!LABELS.containsKey(last4)) {
      throw BrandcloudException.invalid(
          "card", "The test gateway takes cards ending 4242, 0002 or 0341");
    }
    return last4;
  }

  public static String label(String last4) {
    return LABELS.get(last4);
  }

  /** The card a saved-card reference stands for ({@code tgcard_4242_…}). */
  public static String of(String cardRef) {
    return cardRef != null && cardRef.startsWith("tgcard_") && cardRef.length() > 11
        ? cardRef.substring(7, 11)
        : "";
  }

  /** Whether the card pays with the customer at the checkout. */
  public static boolean paysAtCheckout(String last4) {
    return PAYS.equals(last4) || DECLINED_LATER.equals(last4);
  }

  /** Whether the saved card pays when charged with the customer away. */
  public static boolean paysOffSession(String last4) {
    return PAYS.equals(last4);
  }
}
