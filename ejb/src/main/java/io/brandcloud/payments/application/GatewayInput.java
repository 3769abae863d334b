package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Checks what staff type for a gateway account: keys of the vendor's shape, sane bounds. */
final class GatewayInput {

  private static final int MAX_URL = 300;
  private static final int MAX_SECRET = 500;
  private static final int MAX_PRESETS = 6;
  private static final Pattern PAYPAL_WEBHOOK_ID = Pattern.compile("[A-Za-z0-9]{1,50}");

  private GatewayInput() {}

  /**
   * An http(s) address without credentials, query or fragment at the vendor's own hosts (see {@link
   * GatewayKind#endpoint}); null for the vendor's own default.
   */
  static String apiUrl(GatewayKind kind, String value) {
    String text = Validation.optionalText("apiUrl", value, MAX_URL);
    if (text == null || kind == GatewayKind.TEST) {
      return null;
    }
    return kind.endpoint().requireUrl("apiUrl", text, "https://api.stripe.com");
  }

  /**
   * Stripe's secret key ({@code sk_} or a restricted {@code rk_}, live or test as the account is);
   * PayPal's client secret.
   */
  static String secret(GatewayKind kind, boolean live, String value) {
    String text = Validation.requireText("secret", value, MAX_SECRET);
    noSpaces("secret", text);
    if (kind == GatewayKind.STRIPE) {
      String mode = live ? "live" : "test";
      if (!text.startsWith("sk_" + mode + "_") && !text.startsWith("rk_" + mode + "_")) {
        throw BrandcloudException.invalid(
            "secret", "A " + mode + " Stripe secret key starts with sk_" + mode + "_");
      }
    }
    return text;
  }

  static String webhookSecret(GatewayKind kind, String value) {
    String text = Validation.requireText("webhookSecret", value, MAX_SECRET);
    noSpaces("webhookSecret", text);
    if (kind == GatewayKind.STRIPE && !text.startsWith("whsec_")) {
      throw BrandcloudException.invalid(
          "webhookSecret", "A Stripe webhook signing secret starts with whsec_");
    }
    return text;
  }

  static String paypalClientId(String value) {
    String text = Validation.requireText("publicId", value, 200);
    noSpaces("publicId", text);
    return text;
  }

  static String paypalWebhookId(String value) {
    String text = Validation.requireText("webhookId", value, 50);
    if (!PAYPAL_WEBHOOK_ID.matcher(text).matches()) {
      throw BrandcloudException.invalid("webhookId", "A PayPal webhook id is letters and digits");
    }
    return text;
  }

  static BigDecimal bound(String field, BigDecimal value, java.util.Currency currency) {
    return Validation.requireAmount(field, value, currency);
  }

  static List<BigDecimal> presets(
      List<BigDecimal> values, BigDecimal min, BigDecimal max, java.util.Currency currency) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_PRESETS) {
      throw BrandcloudException.invalid("presets", "At most " + MAX_PRESETS + " preset amounts");
    }
    for (BigDecimal preset : values) {
      Validation.requireAmount("presets", preset, currency);
      if (preset.compareTo(min) < 0 || preset.compareTo(max) > 0) {
        throw BrandcloudException.invalid(
            "presets", "Every preset amount is between the minimum and the maximum");
      }
    }
    return values.stream().map(BigDecimal::stripTrailingZeros).distinct().sorted().toList();
  }

  private static void noSpaces(String field, String text) {
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw BrandcloudException.invalid(field, field + " has no spaces");
    }
  }
}
