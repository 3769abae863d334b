package io.brandcloud.payments.infrastructure.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.brandcloud.contracts.VendorContract;
import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.CheckoutRequest;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import jakarta.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call {@link StripeGateway} makes through stripe-java, against Stripe's own API document of
 * 2023-08-16 (see {@link StripeContract}); answers are Stripe's own example objects. The requests
 * carry our reference as the idempotency key wherever money moves.
 */
class StripeContractTest {

  private static final String REFERENCE = "acme-pay-42";

  private final VendorContract stripe = StripeContract.start();
  private final GatewayAccount account =
      new GatewayAccount(
          GatewayKind.STRIPE,
          false,
          stripe.base().toString(),
          null,
          VendorContract.TOKEN,
          "whsec_test",
          null);
  private final StripeGateway gateway = new StripeGateway();

  {
    gateway.clock = new ApplicationClock();
  }

  @AfterEach
  void stop() {
    stripe.close();
  }

  @Test
  void theKeyIsCheckedByReadingTheBalance() {
    stripe.answer("GET", "/v1/balance", 200, StripeFixtures.resource("balance").toString());
    gateway.check(account);
    stripe.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aTopUpIsACheckoutSessionKeepingTheCardWhenAsked() {
    stripe.answer(
        "POST",
        "/v1/checkout/sessions",
        200,
        StripeFixtures.with(
            "checkout.session",
            s -> s.add("id", "cs_test_42").add("url", "https://checkout.stripe.com/c/pay/cs_42")));

    Checkout checkout =
        gateway.startCheckout(
            account,
            new CheckoutRequest(
                Money.of("25.00", "EUR"),
                REFERENCE,
                "Wallet top-up",
                "ada@example.com",
                "https://acme.example/portal/payment.xhtml?payment=42",
                "https://acme.example/portal/payment.xhtml?payment=42&cancelled=true",
                true,
                "https://acme.example"));

    assertThat(checkout)
        .isEqualTo(new Checkout("cs_test_42", "https://checkout.stripe.com/c/pay/cs_42"));
    LoggedRequest sent = stripe.last("POST", "/v1/checkout/sessions");
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(REFERENCE + "-checkout");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8))
        .contains(
            "mode=payment",
            "client_reference_id=" + REFERENCE,
            "metadata[brandcloud_reference]=" + REFERENCE,
            "line_items[0][price_data][unit_amount]=2500",
            "line_items[0][price_data][currency]=eur",
            "payment_intent_data[setup_future_usage]=off_session",
            "customer_creation=always",
            "customer_email=ada@example.com");
    stripe.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aPaidSessionIsConfirmedWithItsPaymentIntentAndTheKeptCard() {
    String intent =
        StripeFixtures.with(
            "payment_intent",
            pi ->
                pi.add("id", "pi_42")
                    .add("status", "succeeded")
                    .add("amount", 2500)
                    .add("amount_received", 2500)
                    .add("currency", "eur")
                    .add("customer", "cus_7")
                    .add(
                        "payment_method",
                        Json.createObjectBuilder(StripeFixtures.resource("payment_method"))
                            .add("id", "pm_7")));
    stripe.answer(
        "GET",
        "/v1/checkout/sessions/cs_test_42",
        200,
        StripeFixtures.with(
            "checkout.session",
            s ->
                s.add("id", "cs_test_42")
                    .add("status", "complete")
                    .add("payment_status", "paid")
                    .add(
                        "payment_intent",
                        Json.createReader(new java.io.StringReader(intent)).readObject())));

    PaymentOutcome outcome = gateway.confirm(account, "cs_test_42", REFERENCE);

    assertThat(outcome.state()).isEqualTo(PaymentOutcome.State.PAID);
    assertThat(outcome.paymentId()).isEqualTo("pi_42");
    assertThat(outcome.paid()).isEqualTo(Money.of("25", "EUR"));
    assertThat(outcome.savedCard()).isEqualTo(new SavedCard("cus_7", "pm_7", "visa •••• 4242"));
    assertThat(stripe.sent().get(0)).contains("expand");
    stripe.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anOpenSessionStaysOpenAndAnExpiredOneFails() {
    stripe.answer(
        "GET",
        "/v1/checkout/sessions/cs_open",
        200,
        StripeFixtures.with(
            "checkout.session", s -> s.add("status", "open").add("payment_status", "unpaid")));
    assertThat(gateway.confirm(account, "cs_open", REFERENCE).state())
        .isEqualTo(PaymentOutcome.State.OPEN);
    stripe.answer(
        "GET",
        "/v1/checkout/sessions/cs_gone",
        200,
        StripeFixtures.with(
            "checkout.session", s -> s.add("status", "expired").add("payment_status", "unpaid")));
    assertThat(gateway.confirm(account, "cs_gone", REFERENCE).state())
        .isEqualTo(PaymentOutcome.State.FAILED);
    stripe.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aRefundNamesThePaymentIntentAndCarriesOurReference() {
    stripe.answer(
        "POST",
        "/v1/refunds",
        200,
        StripeFixtures.with("refund", r -> r.add("id", "re_9").add("payment_intent", "pi_42")));

    assertThat(
            gateway.refund(account, "pi_42", Money.of("10.50", "EUR"), "acme-refund-7").refundId())
        .isEqualTo("re_9");
    LoggedRequest sent = stripe.last("POST", "/v1/refunds");
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("acme-refund-7");
    assertThat(URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8))
        .contains(
            "payment_intent=pi_42", "amount=1050", "metadata[brandcloud_reference]=acme-refund-7");
    stripe.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anAutomaticTopUpIsAnOffSessionPaymentIntentAndADeclineIsAnOutcome() {
    stripe.answer(
        "POST",
        "/v1/payment_intents",
        200,
        StripeFixtures.with(
            "payment_intent",
            pi ->
                pi.add("id", "pi_43")
                    .add("status", "succeeded")
                    .add("amount_received", 5000)
                    .add("currency", "eur")));
    SavedCard card = new SavedCard("cus_7", "pm_7", "visa •••• 4242");

    PaymentOutcome paid = gateway.chargeSaved(account, card, Money.of("50", "EUR"), "acme-pay-43");
    assertThat(paid.state()).isEqualTo(PaymentOutcome.State.PAID);
    assertThat(paid.paymentId()).isEqualTo("pi_43");
    LoggedRequest sent = stripe.last("POST", "/v1/payment_intents");
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("acme-pay-43");
    assertThat(URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8))
        .contains(
            "confirm=true",
            "off_session=true",
            "customer=cus_7",
            "payment_method=pm_7",
            "amount=5000");
    stripe.assertEveryRequestMatchesTheSpec();

    stripe.reset();
    stripe.answer(
        "POST",
        "/v1/payment_intents",
        402,
        "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}");
    PaymentOutcome declined =
        gateway.chargeSaved(account, card, Money.of("50", "EUR"), "acme-pay-44");
    assertThat(declined.state()).isEqualTo(PaymentOutcome.State.FAILED);
    assertThat(declined.failure()).contains("declined");
  }

  @Test
  void aBodyStripesDocumentRejectsFailsTheTest() throws Exception {
    stripe.answer("POST", "/v1/refunds", 200, StripeFixtures.resource("refund").toString());
    java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(stripe.base().resolve("/v1/refunds"))
                .header("Authorization", "Bearer " + VendorContract.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "payment_intent=pi_1&amount=ten&metadata[a]=b&bogus=1"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());

    assertThatThrownBy(stripe::assertEveryRequestMatchesTheSpec)
        .hasMessageContaining("/v1/refunds")
        .hasMessageContaining("bogus")
        .hasMessageContaining("amount");
  }

  @Test
  void stripesOwnFailuresSayWhetherTryingAgainMayHelp() {
    stripe.answer(
        "GET",
        "/v1/balance",
        401,
        "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided: sk_test_***\"}}");
    assertThatThrownBy(() -> gateway.check(account))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.transientFailure()).isFalse())
        .hasMessageContaining("Invalid API Key")
        .hasMessageNotContaining(VendorContract.TOKEN);
    stripe.reset();
    stripe.answer(
        "GET",
        "/v1/balance",
        500,
        "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}");
    assertThatThrownBy(() -> gateway.check(account))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.transientFailure()).isTrue());
  }
}
