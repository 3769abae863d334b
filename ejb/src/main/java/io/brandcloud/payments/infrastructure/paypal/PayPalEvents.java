package io.brandcloud.payments.infrastructure.paypal;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayEvent.Kind;
import io.brandcloud.payments.domain.GatewayException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * PayPal's webhook events in our terms. Orders and captures name our payment by {@code custom_id};
 * refunds carry ours in {@code custom_id} too and point at their capture by the {@code up} link;
 * disputes name the capture as the seller's transaction.
 */
final class PayPalEvents {

  private PayPalEvents() {}

  static GatewayEvent read(String body) {
    try {
      JsonObject event = Json.createReader(new StringReader(body)).readObject();
      String id = event.getString("id");
      String type = event.getString("event_type");
      JsonObject resource = event.getJsonObject("resource");
      return switch (type) {
        case "CHECKOUT.ORDER.APPROVED" ->
            new GatewayEvent(
                id,
                Kind.APPROVED,
                type,
                text(firstUnit(resource), "custom_id"),
                null,
                null,
                null,
                null);
        case "PAYMENT.CAPTURE.COMPLETED" ->
            new GatewayEvent(
                id,
                Kind.PAID,
                type,
                text(resource, "custom_id"),
                resource.getString("id"),
                value(resource.getJsonObject("amount")),
                null,
                null);
        case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" ->
            new GatewayEvent(
                id, Kind.FAILED, type, text(resource, "custom_id"), null, null, null, null);
        case "PAYMENT.CAPTURE.REFUNDED" ->
            new GatewayEvent(
                id,
                Kind.REFUNDED,
                type,
                text(resource, "custom_id"),
                captureOf(resource),
                value(resource.getJsonObject("amount")),
                resource.getString("id"),
                null);
        case "CUSTOMER.DISPUTE.CREATED" -> dispute(id, type, Kind.DISPUTE_OPENED, resource);
        case "CUSTOMER.DISPUTE.RESOLVED" ->
            dispute(
                id,
                type,
                "RESOLVED_BUYER_FAVOUR".equals(outcome(resource))
                    ? Kind.DISPUTE_LOST
                    : Kind.DISPUTE_WON,
                resource);
        default -> GatewayEvent.ignored(id, type);
      };
    } catch (JsonException | ClassCastException | NullPointerException | NumberFormatException e) {
      throw GatewayException.forged("The body is not a PayPal event");
    }
  }

  private static GatewayEvent dispute(String id, String type, Kind kind, JsonObject dispute) {
    JsonArray transactions = dispute.getJsonArray("disputed_transactions");
    String capture =
        transactions == null || transactions.isEmpty()
            ? null
            : text(transactions.getJsonObject(0), "seller_transaction_id");
    return new GatewayEvent(
        id,
        kind,
        type,
        null,
        capture,
        value(dispute.getJsonObject("dispute_amount")),
        dispute.getString("dispute_id"),
        null);
  }

  private static String outcome(JsonObject dispute) {
    JsonValue outcome = dispute.get("dispute_outcome");
    return outcome instanceof JsonObject o ? text(o, "outcome_code") : null;
  }

  /** The capture a refund belongs to: the last part of its {@code up} link. */
  private static String captureOf(JsonObject refund) {
    JsonArray links = refund.getJsonArray("links");
    if (links == null) {
      return null;
    }
    for (JsonValue link : links) {
      JsonObject l = link.asJsonObject();
      if ("up".equals(text(l, "rel"))) {
        String href = l.getString("href");
        return href.substring(href.lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  static JsonObject firstUnit(JsonObject order) {
    JsonArray units = order.getJsonArray("purchase_units");
    return units == null || units.isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : units.getJsonObject(0);
  }

  static BigDecimal value(JsonObject amount) {
    return new BigDecimal(amount.getString("value"));
  }

  static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
