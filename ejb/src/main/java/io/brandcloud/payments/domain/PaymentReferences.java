package io.brandcloud.payments.domain;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our references as gateways keep and echo them: a payment's ({@code acme-pay-42}) on the checkout,
 * a refund's ({@code acme-refund-7}) on the refund. They name the tenant, so an event about another
 * tenant's payment never finds one here, and they double as idempotency keys.
 */
public final class PaymentReferences {

  private static final Pattern REFERENCE = Pattern.compile("([a-z0-9-]+)-(pay|refund)-(\\d{1,18})");

  private PaymentReferences() {}

  public static String payment(String slug, long paymentId) {
    return slug + "-pay-" + paymentId;
  }

  public static String refund(String slug, long refundId) {
    return slug + "-refund-" + refundId;
  }

  /** The payment a reference names, if it is one of this tenant's. */
  public static OptionalLong paymentOf(String slug, String reference) {
    return parse(slug, reference, "pay");
  }

  /** The refund a reference names, if it is one of this tenant's. */
  public static OptionalLong refundOf(String slug, String reference) {
    return parse(slug, reference, "refund");
  }

  private static OptionalLong parse(String slug, String reference, String kind) {
    if (reference == null) {
      return OptionalLong.empty();
    }
    Matcher m = REFERENCE.matcher(reference);
    return m.matches() && m.group(1).equals(slug) && m.group(2).equals(kind)
        ? OptionalLong.of(Long.parseLong(m.group(3)))
        : OptionalLong.empty();
  }
}
