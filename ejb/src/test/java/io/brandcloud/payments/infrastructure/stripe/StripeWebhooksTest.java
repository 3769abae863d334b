package io.brandcloud.payments.infrastructure.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.net.Webhook;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayEvent.Kind;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.shared.ApplicationClock;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhooks: the signature (HMAC of {@code t.body} with the endpoint's secret, 300 s
 * tolerance) checked by stripe-java, and events read in our terms from Stripe's own example
 * objects.
 */
class StripeWebhooksTest {

  private static final String SECRET = "whsec_test_secret";
  private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

  private final StripeGateway gateway = new StripeGateway();
  private final GatewayAccount account =
      new GatewayAccount(GatewayKind.STRIPE, false, null, null, "sk_test_x", SECRET, null);

  {
    gateway.clock = new ApplicationClock();
    gateway.clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aCompletedCheckoutIsPaidByItsPaymentIntentForOurReference() throws Exception {
    String body =
        event(
            "checkout.session.completed",
            object("checkout.session")
                .add("client_reference_id", "acme-pay-42")
                .add("payment_status", "paid")
                .add("payment_intent", "pi_42")
                .add("amount_total", 2550)
                .add("currency", "eur"));

    GatewayEvent event = gateway.verify(account, signed(body, NOW.getEpochSecond()));

    assertThat(event.kind()).isEqualTo(Kind.PAID);
    assertThat(event.eventId()).isEqualTo("evt_1");
    assertThat(event.reference()).isEqualTo("acme-pay-42");
    assertThat(event.paymentId()).isEqualTo("pi_42");
    assertThat(event.amount()).isEqualByComparingTo("25.50");
  }

  @Test
  void refundsDisputesAndEndedCheckoutsAreReadTheirWay() throws Exception {
    assertThat(
            read(
                event(
                    "refund.created",
                    object("refund")
                        .add("status", "succeeded")
                        .add("payment_intent", "pi_42")
                        .add("amount", 1000)
                        .add("currency", "jpy")
                        .add(
                            "metadata",
                            Json.createObjectBuilder()
                                .add("brandcloud_reference", "acme-refund-7")))))
        .extracting(
            GatewayEvent::kind,
            GatewayEvent::reference,
            GatewayEvent::paymentId,
            e -> e.amount().toPlainString())
        .containsExactly(Kind.REFUNDED, "acme-refund-7", "pi_42", "1000");
    assertThat(read(event("refund.created", object("refund").add("status", "pending"))).kind())
        .isEqualTo(Kind.IGNORED);
    assertThat(
            read(event("charge.dispute.created", object("dispute").add("payment_intent", "pi_42")))
                .kind())
        .isEqualTo(Kind.DISPUTE_OPENED);
    assertThat(read(event("charge.dispute.closed", object("dispute").add("status", "lost"))).kind())
        .isEqualTo(Kind.DISPUTE_LOST);
    assertThat(read(event("charge.dispute.closed", object("dispute").add("status", "won"))).kind())
        .isEqualTo(Kind.DISPUTE_WON);
    assertThat(
            read(event(
                    "checkout.session.expired",
                    object("checkout.session").add("client_reference_id", "acme-pay-1")))
                .kind())
        .isEqualTo(Kind.FAILED);
    assertThat(read(event("payment_intent.payment_failed", object("payment_intent"))).kind())
        .as("a failed attempt at a checkout: the customer may try another card")
        .isEqualTo(Kind.IGNORED);
    assertThat(
            read(event("customer.created", Json.createObjectBuilder().add("id", "cus_1"))).kind())
        .isEqualTo(Kind.IGNORED);
  }

  @Test
  void aForgedStaleOrUnsignedEventIsRefused() throws Exception {
    String body = event("checkout.session.completed", object("checkout.session"));
    assertThatThrownBy(() -> gateway.verify(account, signed(body, NOW.getEpochSecond() - 301)))
        .isInstanceOf(GatewayException.class);
    assertThatThrownBy(
            () ->
                gateway.verify(
                    account,
                    new WebhookDelivery(body + " ", signed(body, NOW.getEpochSecond()).headers())))
        .isInstanceOf(GatewayException.class);
    assertThatThrownBy(() -> gateway.verify(account, new WebhookDelivery(body, Map.of())))
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("Stripe-Signature");
    GatewayAccount other =
        new GatewayAccount(GatewayKind.STRIPE, false, null, null, "sk_test_x", "whsec_other", null);
    assertThatThrownBy(() -> gateway.verify(other, signed(body, NOW.getEpochSecond())))
        .isInstanceOf(GatewayException.class);
  }

  @Test
  void anEventSignedForTheFutureIsRefusedLikeAStaleOne() throws Exception {
    String body = event("checkout.session.completed", object("checkout.session"));
    long aYearAhead = NOW.plusSeconds(365L * 24 * 3600).getEpochSecond();

    assertThatThrownBy(() -> gateway.verify(account, signed(body, aYearAhead)))
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("future");
    assertThatThrownBy(() -> gateway.verify(account, signed(body, NOW.getEpochSecond() + 301)))
        .isInstanceOf(GatewayException.class);
    assertThat(gateway.verify(account, signed(body, NOW.getEpochSecond() + 299)).kind())
        .as("within the tolerance, as clocks differ")
        .isNotNull();
  }

  private GatewayEvent read(String body) throws Exception {
    return gateway.verify(account, signed(body, NOW.getEpochSecond()));
  }

  private static JsonObjectBuilder object(String fixture) {
    return Json.createObjectBuilder(StripeFixtures.resource(fixture));
  }

  private static String event(String type, JsonObjectBuilder object) {
    return Json.createObjectBuilder()
        .add("id", "evt_1")
        .add("object", "event")
        .add("api_version", "2023-08-16")
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("object", object))
        .build()
        .toString();
  }

  private static WebhookDelivery signed(String body, long at) throws Exception {
    return new WebhookDelivery(
        body,
        Map.of(
            "Stripe-Signature",
            List.of(Webhook.Signature.generateSignatureHeader(body, SECRET, at))));
  }
}
