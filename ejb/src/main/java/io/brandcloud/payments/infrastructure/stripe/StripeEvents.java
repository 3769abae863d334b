package io.brandcloud.payments.infrastructure.stripe;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayEvent.Kind;
import io.brandcloud.payments.domain.GatewayException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Stripe's webhook events in our terms, read from the JSON itself rather than the SDK's typed
 * objects, so events of any API version the endpoint was made with are understood. Checkouts name
 * our payment by {@code client_reference_id} (and every object we create carries it in {@code
 * metadata.brandcloud_reference}); refunds and disputes name the payment intent.
 */
final class StripeEvents {

  static final String REFERENCE = "brandcloud_reference";
  static final String PURPOSE = "brandcloud_purpose";
  static final String AUTO_TOP_UP = "auto_top_up";

  private StripeEvents() {}

  static GatewayEvent read(String body) {
    try {
      JsonObject event = Json.createReader(new StringReader(body)).readObject();
      String id = event.getString("id");
      String type = event.getString("type");
      JsonObject object = event.getJsonObject("data").getJsonObject("object");
      return switch (type) {
        case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
            "paid".equals(text(object, "payment_status"))
                ? new GatewayEvent(
                    id,
                    Kind.PAID,
                    type,
                    text(object, "client_reference_id"),
                    text(object, "payment_intent"),
                    amount(object, "amount_total"),
                    null,
                    null)
                : GatewayEvent.ignored(id, type);
        case "checkout.session.async_payment_failed", "checkout.session.expired" ->
            new GatewayEvent(
                id, Kind.FAILED, type, text(object, "client_reference_id"), null, null, null, null);
        case "payment_intent.succeeded" ->
            new GatewayEvent(
                id,
                Kind.PAID,
                type,
                metadata(object, REFERENCE),
                object.getString("id"),
                amount(object, "amount_received"),
                null,
                null);
        case "payment_intent.payment_failed" ->
            AUTO_TOP_UP.equals(metadata(object, PURPOSE))
                ? new GatewayEvent(
                    id, Kind.FAILED, type, metadata(object, REFERENCE), null, null, null, null)
                : GatewayEvent.ignored(id, type);
        case "refund.created", "refund.updated" ->
            "succeeded".equals(text(object, "status"))
                ? new GatewayEvent(
                    id,
                    Kind.REFUNDED,
                    type,
                    metadata(object, REFERENCE),
                    text(object, "payment_intent"),
                    amount(object, "amount"),
                    object.getString("id"),
                    null)
                : GatewayEvent.ignored(id, type);
        case "charge.dispute.created" -> dispute(id, type, Kind.DISPUTE_OPENED, object);
        case "charge.dispute.closed" ->
            dispute(
                id,
                type,
                "lost".equals(text(object, "status")) ? Kind.DISPUTE_LOST : Kind.DISPUTE_WON,
                object);
        default -> GatewayEvent.ignored(id, type);
      };
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw GatewayException.forged("The body is not a Stripe event");
    }
  }

  private static GatewayEvent dispute(String id, String type, Kind kind, JsonObject dispute) {
    return new GatewayEvent(
        id,
        kind,
        type,
        null,
        text(dispute, "payment_intent"),
        amount(dispute, "amount"),
        dispute.getString("id"),
        null);
  }

  private static BigDecimal amount(JsonObject object, String field) {
    return MinorUnits.toAmount(
        object.getJsonNumber(field).longValueExact(), object.getString("currency"));
  }

  private static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    return value instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  private static String metadata(JsonObject object, String key) {
    JsonValue metadata = object.get("metadata");
    return metadata instanceof JsonObject m ? text(m, key) : null;
  }
}
