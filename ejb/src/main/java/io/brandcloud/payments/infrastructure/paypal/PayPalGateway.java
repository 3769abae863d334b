package io.brandcloud.payments.infrastructure.paypal;

import io.brandcloud.payments.domain.CardFacts;
import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.CheckoutRequest;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewayRefund;
import io.brandcloud.payments.domain.PaymentGateway;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PayPal Orders v2 (create, the customer approves at PayPal, capture), refunds of captures, and
 * webhooks verified by PayPal's own verify-webhook-signature call. PayPal's Java SDK cannot be
 * pointed at another address than PayPal's (so it cannot be tested offline) and brings OkHttp,
 * Kotlin and a second JAXB; this client is plain {@code java.net.http} and JSON-P instead.
 */
@ApplicationScoped
public class PayPalGateway implements PaymentGateway {

  private static final List<String> SIGNATURE_HEADERS =
      List.of(
          "PAYPAL-AUTH-ALGO",
          "PAYPAL-CERT-URL",
          "PAYPAL-TRANSMISSION-ID",
          "PAYPAL-TRANSMISSION-SIG",
          "PAYPAL-TRANSMISSION-TIME");

  private static final Pattern TRANSMISSION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Duration RETRIED_FOR = Duration.ofDays(4);
  private static final VerificationBudget BUDGET = new VerificationBudget();

  @Inject ApplicationClock clock;

  @Override
  public GatewayKind kind() {
    return GatewayKind.PAYPAL;
  }

  @Override
  public void check(GatewayAccount account) {
    new PayPalApi(account).token();
  }

  @Override
  public Checkout startCheckout(GatewayAccount account, CheckoutRequest request) {
    String order =
        Json.createObjectBuilder()
            .add("intent", "CAPTURE")
            .add(
                "purchase_units",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("custom_id", request.reference())
                            .add("invoice_id", request.reference())
                            .add("description", request.description())
                            .add("amount", amount(request.amount()))))
            .add(
                "payment_source",
                Json.createObjectBuilder()
                    .add(
                        "paypal",
                        Json.createObjectBuilder()
                            .add(
                                "experience_context",
                                Json.createObjectBuilder()
                                    .add("return_url", request.returnUrl())
                                    .add("cancel_url", request.cancelUrl())
                                    .add("user_action", "PAY_NOW")
                                    .add("shipping_preference", "NO_SHIPPING"))))
            .build()
            .toString();
    JsonObject created =
        PayPalApi.require(
            new PayPalApi(account)
                .post("/v2/checkout/orders", order, request.reference() + "-create"),
            "the order");
    return new Checkout(created.getString("id"), approvalLink(created));
  }

  private static String approvalLink(JsonObject order) {
    JsonArray links = order.getJsonArray("links");
    if (links != null) {
      for (JsonValue link : links) {
        String rel = PayPalEvents.text(link.asJsonObject(), "rel");
        if ("payer-action".equals(rel) || "approve".equals(rel)) {
          return link.asJsonObject().getString("href");
        }
      }
    }
    throw new GatewayException("PayPal's order has no approval link", false);
  }

  /** Reads the order; one the customer approved is captured now, once (by our reference). */
  @Override
  public PaymentOutcome confirm(
      GatewayAccount account, String checkoutReference, String reference) {
    PayPalApi api = new PayPalApi(account);
    String path =
        "/v2/checkout/orders/" + URLEncoder.encode(checkoutReference, StandardCharsets.UTF_8);
    JsonObject order = PayPalApi.require(api.get(path), "reading the order");
    if ("APPROVED".equals(order.getString("status", ""))) {
      PayPalApi.Answer captured = api.post(path + "/capture", "{}", reference + "-capture");
      order =
          captured.status() == 422
              ? PayPalApi.require(api.get(path), "reading the order")
              : PayPalApi.require(captured, "the capture");
    }
    return outcome(order);
  }

  private static PaymentOutcome outcome(JsonObject order) {
    String status = order.getString("status", "");
    if (status.equals("VOIDED")) {
      return PaymentOutcome.failed("The PayPal order was voided");
    }
    if (!status.equals("COMPLETED")) {
      return PaymentOutcome.open();
    }
    JsonObject payments = PayPalEvents.firstUnit(order).getJsonObject("payments");
    JsonArray captures = payments == null ? null : payments.getJsonArray("captures");
    if (captures == null || captures.isEmpty()) {
      return PaymentOutcome.open();
    }
    JsonObject capture = captures.getJsonObject(0);
    return switch (capture.getString("status", "")) {
      case "COMPLETED" ->
          PaymentOutcome.paid(
              capture.getString("id"),
              new Money(
                  PayPalEvents.value(capture.getJsonObject("amount")),
                  Currency.getInstance(capture.getJsonObject("amount").getString("currency_code"))),
              null,
              cardOf(order));
      case "DECLINED", "FAILED" -> PaymentOutcome.failed("PayPal declined the payment");
      default -> PaymentOutcome.open();
    };
  }

  /**
   * The issuing country of a card paid with in PayPal's checkout, from its BIN; PayPal tells no
   * fingerprint, and nothing of a card behind a PayPal account.
   */
  private static CardFacts cardOf(JsonObject order) {
    JsonObject source = order.getJsonObject("payment_source");
    JsonValue card = source == null ? null : source.get("card");
    if (card == null || card.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    JsonValue bin = card.asJsonObject().get("bin_details");
    if (bin == null || bin.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    return CardFacts.of(null, PayPalEvents.text(bin.asJsonObject(), "bin_country_code"));
  }

  @Override
  public GatewayRefund refund(
      GatewayAccount account, String paymentId, Money amount, String reference) {
    String body =
        Json.createObjectBuilder()
            .add("amount", amount(amount))
            .add("custom_id", reference)
            .add("invoice_id", reference)
            .build()
            .toString();
    JsonObject refund =
        PayPalApi.require(
            new PayPalApi(account)
                .post(
                    "/v2/payments/captures/"
                        + URLEncoder.encode(paymentId, StandardCharsets.UTF_8)
                        + "/refund",
                    body,
                    reference),
            "the refund");
    if ("CANCELLED".equals(refund.getString("status", ""))
        || "FAILED".equals(refund.getString("status", ""))) {
      throw new GatewayException("PayPal did not make the refund", false);
    }
    return new GatewayRefund(refund.getString("id"));
  }

  @Override
  public PaymentOutcome chargeSaved(
      GatewayAccount account, SavedCard card, Money amount, String reference) {
    throw new GatewayException("PayPal keeps no cards for automatic top-ups here", false);
  }

  /**
   * Asks PayPal whether it sent the webhook, splicing the body in as it came (re-serialising it
   * would change the signed bytes). Without all of PayPal's signature headers it is forged.
   */
  @Override
  public GatewayEvent verify(GatewayAccount account, WebhookDelivery delivery) {
    for (String header : SIGNATURE_HEADERS) {
      if (delivery.header(header) == null) {
        throw GatewayException.forged("No " + header + " header");
      }
    }
    if (account.webhookId() == null) {
      throw GatewayException.forged("No PayPal webhook id is set");
    }
    String body = delivery.body().strip();
    if (!isOneObject(body)) {
      throw GatewayException.forged("The body is not one JSON object");
    }
    requirePlausibleHeaders(delivery, clock.now());
    GatewayEvent event = PayPalEvents.read(body);
    // only a delivery that passed every check made here costs a call to PayPal
    BUDGET.take(account.publicId() + "|" + account.webhookId(), clock.now());
    String request =
        "{\"auth_algo\":"
            + quoted(delivery.header("PAYPAL-AUTH-ALGO"))
            + ",\"cert_url\":"
            + quoted(delivery.header("PAYPAL-CERT-URL"))
            + ",\"transmission_id\":"
            + quoted(delivery.header("PAYPAL-TRANSMISSION-ID"))
            + ",\"transmission_sig\":"
            + quoted(delivery.header("PAYPAL-TRANSMISSION-SIG"))
            + ",\"transmission_time\":"
            + quoted(delivery.header("PAYPAL-TRANSMISSION-TIME"))
            + ",\"webhook_id\":"
            + quoted(account.webhookId())
            + ",\"webhook_event\":"
            + body
            + "}";
    JsonObject answer =
        PayPalApi.require(
            new PayPalApi(account)
                .post("/v1/notifications/verify-webhook-signature", request, null),
            "verifying the webhook");
    if (!"SUCCESS".equals(answer.getString("verification_status", ""))) {
      throw GatewayException.forged("PayPal does not confirm the webhook's signature");
    }
    return event;
  }

  /**
   * What can be known of a delivery without asking PayPal: its algorithm, a certificate on PayPal's
   * own host, a transmission id of PayPal's shape and a time PayPal could have sent it at (PayPal
   * retries a delivery for up to three days).
   */
  static void requirePlausibleHeaders(WebhookDelivery delivery, Instant now) {
    if (!"SHA256withRSA".equals(delivery.header("PAYPAL-AUTH-ALGO"))) {
      throw GatewayException.forged("PayPal signs with SHA256withRSA");
    }
    if (!TRANSMISSION_ID.matcher(delivery.header("PAYPAL-TRANSMISSION-ID")).matches()) {
      throw GatewayException.forged("Not a PayPal transmission id");
    }
    if (!onPayPal(delivery.header("PAYPAL-CERT-URL"))) {
      throw GatewayException.forged("The certificate is not on PayPal's host");
    }
    Instant sent;
    try {
      sent = OffsetDateTime.parse(delivery.header("PAYPAL-TRANSMISSION-TIME")).toInstant();
    } catch (DateTimeParseException e) {
      throw GatewayException.forged("Not a transmission time");
    }
    if (sent.isAfter(now.plus(CLOCK_SKEW)) || sent.isBefore(now.minus(RETRIED_FOR))) {
      throw GatewayException.forged("The transmission time is outside PayPal's retries");
    }
  }

  /** PayPal fetches the certificate itself; one named anywhere but PayPal is not PayPal's. */
  private static boolean onPayPal(String certUrl) {
    try {
      URI uri = new URI(certUrl);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return "https".equalsIgnoreCase(uri.getScheme())
          && (host.equals("paypal.com") || host.endsWith(".paypal.com"));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The body is spliced into the verification request as it came, so it must be exactly one JSON
   * object: anything after it could add fields to the request (another webhook's id).
   */
  static boolean isOneObject(String body) {
    try (JsonParser parser = Json.createParser(new StringReader(body))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return false;
      }
      int depth = 1;
      while (depth > 0 && parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
      return depth == 0 && !parser.hasNext();
    } catch (JsonException e) {
      return false;
    }
  }

  private static String quoted(String value) {
    return Json.createValue(value).toString();
  }

  private static JsonObject amount(Money money) {
    int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
    return Json.createObjectBuilder()
        .add("currency_code", money.currency().getCurrencyCode())
        .add("value", money.amount().setScale(digits, RoundingMode.UNNECESSARY).toPlainString())
        .build();
  }
}
