package io.brandcloud.payments.testgateway;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.shared.SecretTokens;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The test gateway's webhook events as JSON, and how the panel reads them: {@code
 * {"id","type","created","data":{…}}} with types {@code checkout.paid}, {@code checkout.declined},
 * {@code refund.succeeded}, {@code dispute.opened}, {@code dispute.won} and {@code dispute.lost}.
 */
public final class TestGatewayEvents {

  private TestGatewayEvents() {}

  public static String paid(TestCharge charge, Instant at) {
    JsonObjectBuilder data = chargeData(charge);
    if (charge.cardRef() != null && charge.saveCard()) {
      data.add(
          "card",
          Json.createObjectBuilder()
              .add("customer", "tgcus_" + charge.paymentReference())
              .add("method", charge.cardRef())
              .add("label", TestCards.label(TestCards.of(charge.cardRef()))));
    }
    return event("checkout.paid", data, at);
  }

  public static String declined(TestCharge charge, Instant at) {
    return event("checkout.declined", chargeData(charge), at);
  }

  public static String refunded(
      String refundId, String chargeId, BigDecimal amount, String reference, Instant at) {
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("refund", refundId)
            .add("charge", chargeId)
            .add("amount", amount.stripTrailingZeros().toPlainString());
    if (reference != null) {
      data.add("reference", reference);
    }
    return event("refund.succeeded", data, at);
  }

  public static String dispute(
      String outcome, String disputeId, String chargeId, BigDecimal amount, Instant at) {
    return event(
        "dispute." + outcome,
        Json.createObjectBuilder()
            .add("dispute", disputeId)
            .add("charge", chargeId)
            .add("amount", amount.stripTrailingZeros().toPlainString()),
        at);
  }

  private static JsonObjectBuilder chargeData(TestCharge charge) {
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("session", charge.sessionId())
            .add("reference", charge.paymentReference())
            .add("amount", charge.amount().stripTrailingZeros().toPlainString())
            .add("currency", charge.currency());
    if (charge.chargeId() != null) {
      data.add("charge", charge.chargeId());
    }
    return data;
  }

  private static String event(String type, JsonObjectBuilder data, Instant at) {
    return Json.createObjectBuilder()
        .add("id", "tgevt_" + SecretTokens.randomAlphanumeric(24))
        .add("type", type)
        .add("created", at.getEpochSecond())
        .add("data", data)
        .build()
        .toString();
  }

  /** An event as the panel reads it; a body that is not one of these is refused as forged. */
  public static GatewayEvent read(String body) {
    try {
      JsonObject event = Json.createReader(new StringReader(body)).readObject();
      String id = event.getString("id");
      String type = event.getString("type");
      JsonObject data = event.getJsonObject("data");
      return switch (type) {
        case "checkout.paid" ->
            new GatewayEvent(
                id,
                GatewayEvent.Kind.PAID,
                type,
                data.getString("reference"),
                data.getString("charge"),
                new BigDecimal(data.getString("amount")),
                null,
                card(data));
        case "checkout.declined" ->
            new GatewayEvent(
                id,
                GatewayEvent.Kind.FAILED,
                type,
                data.getString("reference"),
                null,
                null,
                null,
                null);
        case "refund.succeeded" ->
            new GatewayEvent(
                id,
                GatewayEvent.Kind.REFUNDED,
                type,
                data.getString("reference", null),
                data.getString("charge"),
                new BigDecimal(data.getString("amount")),
                data.getString("refund"),
                null);
        case "dispute.opened", "dispute.won", "dispute.lost" ->
            new GatewayEvent(
                id,
                switch (type) {
                  case "dispute.opened" -> GatewayEvent.Kind.DISPUTE_OPENED;
                  case "dispute.won" -> GatewayEvent.Kind.DISPUTE_WON;
                  default -> GatewayEvent.Kind.DISPUTE_LOST;
                },
                type,
                null,
                data.getString("charge"),
                new BigDecimal(data.getString("amount")),
                data.getString("dispute"),
                null);
        default -> GatewayEvent.ignored(id, type);
      };
    } catch (JsonException | ClassCastException | NullPointerException | NumberFormatException e) {
      throw GatewayException.forged("The event is not one the test gateway sends");
    }
  }

  private static SavedCard card(JsonObject data) {
    JsonValue card = data.get("card");
    if (!(card instanceof JsonObject saved)) {
      return null;
    }
    return new SavedCard(
        saved.getString("customer"), saved.getString("method"), saved.getString("label"));
  }
}
