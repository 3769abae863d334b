package io.brandcloud.payments.domain;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.VendorEndpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The gateways a tenant can take top-ups with. */
public enum GatewayKind {
  /** Built in: a checkout page of ours and signed webhooks, for the demo and the tests. */
  TEST("Test gateway"),
  STRIPE("Stripe", "api.stripe.com"),
  PAYPAL("PayPal", "api-m.paypal.com", "api-m.sandbox.paypal.com");

  private final String displayName;
  private final List<String> apiHosts;

  GatewayKind(String displayName, String... apiHosts) {
    this.displayName = displayName;
    this.apiHosts = List.of(apiHosts);
  }

  /** Where the vendor's API may be called: its own hosts (live and sandbox) only. */
  public VendorEndpoint endpoint() {
    return new VendorEndpoint(displayName, apiHosts);
  }

  public String displayName() {
    return displayName;
  }

  /** Whether a card can be kept for automatic top-ups (PayPal's vault is not supported). */
  public boolean savesCards() {
    return this != PAYPAL;
  }

  /**
   * Whether confirming a payment once more tells its card's fingerprint and country, so a webhook
   * that credited it leaves the card still to learn. PayPal tells only the issuing country of a
   * card paid in its checkout, at the capture this panel makes; a PayPal account has no card to
   * wait for.
   */
  public boolean describesCards() {
    return this != PAYPAL;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind by its wire name, exactly as written: {@code "Stripe "} is not {@code stripe}. */
  public static GatewayKind parse(String value) {
    return Arrays.stream(values())
        .filter(kind -> kind.wireName().equals(value))
        .findFirst()
        .orElseThrow(
            () -> BrandcloudException.invalid("gateway", "gateway is test, stripe or paypal"));
  }
}
