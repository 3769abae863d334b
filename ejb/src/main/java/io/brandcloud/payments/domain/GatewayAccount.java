package io.brandcloud.payments.domain;

/**
 * How to reach a tenant's account at a gateway for one call: live or sandbox, the API's address
 * where it is not the gateway's own, the public id (PayPal's client id), the secret (Stripe's
 * secret key, PayPal's client secret) and the webhook secret or id. Never stored or logged: {@link
 * #toString} leaves the secrets out.
 */
public record GatewayAccount(
    GatewayKind kind,
    boolean live,
    String apiUrl,
    String publicId,
    String secret,
    String webhookSecret,
    String webhookId) {

  @Override
  public String toString() {
    return "GatewayAccount[" + kind + (live ? " live" : " sandbox") + "]";
  }
}
