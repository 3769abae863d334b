package io.brandcloud.payments.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Locale;

/** The gateways a tenant can take top-ups with. */
public enum GatewayKind {
  /** Built in: a checkout page of ours and signed webhooks, for the demo and the tests. */
  TEST("Test gateway"),
  STRIPE("Stripe"),
  PAYPAL("PayPal");

  private final String displayName;

  GatewayKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Whether a card can be kept for automatic top-ups (PayPal's vault is not supported). */
  public boolean savesCards() {
    return this != PAYPAL;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static GatewayKind parse(String value) {
    try {
      return valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("gateway", "gateway is test, stripe or paypal");
    }
  }
}
