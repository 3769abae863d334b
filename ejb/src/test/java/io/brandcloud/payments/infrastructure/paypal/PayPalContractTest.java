package io.brandcloud.payments.infrastructure.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.brandcloud.contracts.VendorContract;
import io.brandcloud.payments.domain.CardFacts;
import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.CheckoutRequest;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call {@link PayPalGateway} makes, against PayPal's own documents: Orders v2, Payments v2
 * and Webhooks v1 (the OAuth token call is in none of them: its Basic credentials and grant are
 * checked instead). Every call that changes something carries a {@code PayPal-Request-Id} made from
 * our reference.
 */
class PayPalContractTest {

  private static final String REFERENCE = "acme-pay-42";
  private static final String CLIENT_ID = "client-" + UUID.randomUUID();
  private static final String SECRET = "client-secret";
  private static final String ORDER = "5O190127TN364715T";

  private final VendorContract paypal =
      new VendorContract(
              Map.of(
                  "/v2/checkout/", "derived-paypal-checkout_orders_v2.sanitized.json",
                  "/v2/payments/", "derived-paypal-payments_payment_v2.sanitized.json",
                  "/v1/notifications/", "paypal-notifications_webhooks_v1.json"))
          .outsideTheDocuments(
              "/v1/oauth2/token",
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
  private final GatewayAccount account =
      new GatewayAccount(
          GatewayKind.PAYPAL,
          false,
          paypal.base().toString(),
          CLIENT_ID,
          SECRET,
          null,
          "8PT597110X687430LKGECATA");
  private final PayPalGateway gateway = new PayPalGateway();

  {
    gateway.clock = new ApplicationClock();
    gateway.clock.use(Clock.fixed(Instant.parse("2016-10-05T15:00:00Z"), ZoneOffset.UTC));
    paypal.answer(
        "POST",
        "/v1/oauth2/token",
        200,
        "{\"scope\":\"https://uri.paypal.com/services/payments/payment\",\"access_token\":\""
            + VendorContract.TOKEN
            + "\",\"token_type\":\"Bearer\",\"app_id\":\"APP-80W284485P519543T\",\"expires_in\":32400,\"nonce\":\"n\"}");
  }

  @AfterEach
  void stop() {
    paypal.close();
  }

  @Test
  void theCredentialsAreCheckedByAskingForAToken() {
    gateway.check(account);
    LoggedRequest token = paypal.last("POST", "/v1/oauth2/token");
    assertThat(token.getBodyAsString()).isEqualTo("grant_type=client_credentials");
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aTopUpIsAnOrderTheCustomerApprovesAtPayPal() {
    paypal.answer(
        "POST",
        "/v2/checkout/orders",
        200,
        "{\"id\":\""
            + ORDER
            + "\",\"status\":\"PAYER_ACTION_REQUIRED\",\"payment_source\":{\"paypal\":{}},\"links\":["
            + "{\"href\":\"https://api-m.paypal.com/v2/checkout/orders/"
            + ORDER
            + "\",\"rel\":\"self\",\"method\":\"GET\"},"
            + "{\"href\":\"https://www.paypal.com/checkoutnow?token="
            + ORDER
            + "\",\"rel\":\"payer-action\",\"method\":\"GET\"}]}");

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
                false,
                "https://acme.example"));

    assertThat(checkout.reference()).isEqualTo(ORDER);
    assertThat(checkout.url()).isEqualTo("https://www.paypal.com/checkoutnow?token=" + ORDER);
    LoggedRequest sent = paypal.last("POST", "/v2/checkout/orders");
    assertThat(sent.getHeader("PayPal-Request-Id")).isEqualTo(REFERENCE + "-create");
    assertThat(sent.getHeader("Prefer")).isEqualTo("return=representation");
    assertThat(sent.getBodyAsString())
        .contains(
            "\"intent\":\"CAPTURE\"", "\"custom_id\":\"" + REFERENCE + "\"", "\"value\":\"25.00\"");
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anApprovedOrderIsCapturedOnceAndPaidWithTheCapturesId() {
    paypal
        .answer("GET", "/v2/checkout/orders/" + ORDER, 200, order("APPROVED", null))
        .answer(
            "POST",
            "/v2/checkout/orders/" + ORDER + "/capture",
            201,
            order("COMPLETED", "COMPLETED"));

    PaymentOutcome outcome = gateway.confirm(account, ORDER, REFERENCE);

    assertThat(outcome.state()).isEqualTo(PaymentOutcome.State.PAID);
    assertThat(outcome.paymentId()).isEqualTo("3C679366HH908993F");
    assertThat(outcome.paid()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(
            paypal
                .last("POST", "/v2/checkout/orders/" + ORDER + "/capture")
                .getHeader("PayPal-Request-Id"))
        .isEqualTo(REFERENCE + "-capture");
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aCardPaidInPayPalsCheckoutTellsItsIssuingCountryAndAPayPalAccountNothing() {
    String card =
        ",\"payment_source\":{\"card\":{\"name\":\"Firstname Lastname\",\"last_digits\":\"7704\","
            + "\"brand\":\"VISA\",\"type\":\"CREDIT\",\"bin_details\":{\"bin\":\"403012\","
            + "\"issuing_bank\":\"Bank\",\"bin_country_code\":\"de\"}}}";
    paypal.answer(
        "GET", "/v2/checkout/orders/" + ORDER, 200, order("COMPLETED", "COMPLETED", card));
    PaymentOutcome byCard = gateway.confirm(account, ORDER, REFERENCE);
    assertThat(byCard.state()).isEqualTo(PaymentOutcome.State.PAID);
    assertThat(byCard.card()).isEqualTo(new CardFacts(null, "DE"));

    String wallet =
        ",\"payment_source\":{\"paypal\":{\"email_address\":\"buyer@example.com\","
            + "\"account_id\":\"QYR5Z8XDVJNXQ\",\"address\":{\"country_code\":\"US\"}}}";
    paypal.answer(
        "GET", "/v2/checkout/orders/" + ORDER, 200, order("COMPLETED", "COMPLETED", wallet));
    assertThat(gateway.confirm(account, ORDER, REFERENCE).card()).isNull();
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anOrderCapturedBeforeIsReadAgainAndAnUnapprovedOneStaysOpen() {
    paypal
        .answer("GET", "/v2/checkout/orders/" + ORDER, 200, order("APPROVED", null))
        .answer(
            "POST",
            "/v2/checkout/orders/" + ORDER + "/capture",
            422,
            "{\"name\":\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"ORDER_ALREADY_CAPTURED\"}],\"message\":\"The requested action could not be performed.\"}");
    assertThat(gateway.confirm(account, ORDER, REFERENCE).state())
        .isEqualTo(PaymentOutcome.State.OPEN);

    paypal.reset();
    paypal
        .answer(
            "POST",
            "/v1/oauth2/token",
            200,
            "{\"access_token\":\"" + VendorContract.TOKEN + "\",\"expires_in\":32400}")
        .answer("GET", "/v2/checkout/orders/" + ORDER, 200, order("PAYER_ACTION_REQUIRED", null));
    assertThat(gateway.confirm(account, ORDER, REFERENCE).state())
        .isEqualTo(PaymentOutcome.State.OPEN);
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aRefundOfACaptureCarriesOurReference() {
    paypal.answer(
        "POST",
        "/v2/payments/captures/3C679366HH908993F/refund",
        201,
        "{\"id\":\"1JU08902781691411\",\"status\":\"COMPLETED\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"10.50\"}}");

    assertThat(
            gateway
                .refund(account, "3C679366HH908993F", Money.of("10.5", "EUR"), "acme-refund-7")
                .refundId())
        .isEqualTo("1JU08902781691411");
    LoggedRequest sent = paypal.last("POST", "/v2/payments/captures/3C679366HH908993F/refund");
    assertThat(sent.getHeader("PayPal-Request-Id")).isEqualTo("acme-refund-7");
    assertThat(sent.getBodyAsString())
        .contains("\"value\":\"10.50\"", "\"custom_id\":\"acme-refund-7\"");
    paypal.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aWebhookIsVerifiedByPayPalWithItsBodyAsItCame() {
    paypal.answer(
        "POST",
        "/v1/notifications/verify-webhook-signature",
        200,
        "{\"verification_status\":\"SUCCESS\"}");
    String body =
        "{\"id\":\"WH-58D329510W468432D-8HN650336L201105X\",\"event_type\":\"PAYMENT.CAPTURE.COMPLETED\","
            + "\"resource\":{\"id\":\"3C679366HH908993F\",\"status\":\"COMPLETED\",\"custom_id\":\""
            + REFERENCE
            + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}}}";

    GatewayEvent event = gateway.verify(account, delivery(body));

    assertThat(event.kind()).isEqualTo(GatewayEvent.Kind.PAID);
    assertThat(event.reference()).isEqualTo(REFERENCE);
    assertThat(event.paymentId()).isEqualTo("3C679366HH908993F");
    assertThat(paypal.last("POST", "/v1/notifications/verify-webhook-signature").getBodyAsString())
        .contains("\"webhook_event\":" + body, "\"webhook_id\":\"8PT597110X687430LKGECATA\"");
    paypal.assertEveryRequestMatchesTheSpec();

    paypal.answer(
        "POST",
        "/v1/notifications/verify-webhook-signature",
        200,
        "{\"verification_status\":\"FAILURE\"}");
    assertThatThrownBy(() -> gateway.verify(account, delivery(body)))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.transientFailure()).isFalse());
    assertThatThrownBy(() -> gateway.verify(account, delivery(body + ",\"webhook_id\":\"other\"}")))
        .hasMessageContaining("one JSON object");
  }

  @Test
  void aDeliveryThatCannotBePayPalsCostsNoCallToPayPal() {
    String body =
        "{\"id\":\"WH-1\",\"event_type\":\"PAYMENT.CAPTURE.COMPLETED\",\"resource\":{\"id\":\"C1\","
            + "\"status\":\"COMPLETED\",\"custom_id\":\""
            + REFERENCE
            + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}}}";
    Map<String, String> forgeries =
        Map.of(
            "PAYPAL-AUTH-ALGO", "none",
            "PAYPAL-CERT-URL", "https://attacker.example/cert.pem",
            "PAYPAL-TRANSMISSION-ID", "../../etc/passwd",
            "PAYPAL-TRANSMISSION-TIME", "2015-10-05T14:57:40Z");
    forgeries.forEach(
        (header, forged) ->
            assertThatThrownBy(() -> gateway.verify(account, delivery(body, header, forged)))
                .as(header)
                .isInstanceOfSatisfying(
                    GatewayException.class, e -> assertThat(e.transientFailure()).isFalse()));
    assertThatThrownBy(
            () ->
                gateway.verify(
                    account, delivery(body, "PAYPAL-TRANSMISSION-TIME", "2016-10-06T14:57:40Z")))
        .as("dated ahead")
        .isInstanceOf(GatewayException.class);

    assertThat(paypal.sent()).as("PayPal was never asked").isEmpty();
  }

  @Test
  void aTokenAnswerWithoutATokenIsAFailureThatMayPass() {
    paypal.reset();
    paypal.answer("POST", "/v1/oauth2/token", 200, "{\"token_type\":\"Bearer\"}");

    assertThatThrownBy(() -> gateway.check(account))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.transientFailure()).isTrue())
        .hasMessageContaining("no token");
  }

  @Test
  void refusedCredentialsAreNoTransientFailure() {
    paypal.reset();
    paypal.answer(
        "POST",
        "/v1/oauth2/token",
        401,
        "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}");
    GatewayAccount other =
        new GatewayAccount(
            GatewayKind.PAYPAL,
            false,
            paypal.base().toString(),
            "wrong-" + UUID.randomUUID(),
            "nope",
            null,
            "X");
    assertThatThrownBy(() -> gateway.check(other))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.transientFailure()).isFalse())
        .hasMessageNotContaining("nope");
  }

  private static WebhookDelivery delivery(String body, String header, String value) {
    Map<String, List<String>> headers = new java.util.HashMap<>(delivery(body).headers());
    headers.put(header, List.of(value));
    return new WebhookDelivery(body, headers);
  }

  private static WebhookDelivery delivery(String body) {
    return new WebhookDelivery(
        body,
        Map.of(
            "PAYPAL-AUTH-ALGO", List.of("SHA256withRSA"),
            "PAYPAL-CERT-URL",
                List.of(
                    "https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77"),
            "PAYPAL-TRANSMISSION-ID", List.of("103e3700-8b0c-11e6-8695-6b62a8a0c5a6"),
            "PAYPAL-TRANSMISSION-SIG", List.of("t8ddnLkFakeSignature=="),
            "PAYPAL-TRANSMISSION-TIME", List.of("2016-10-05T14:57:40Z")));
  }

  private static String order(String status, String captureStatus) {
    return order(status, captureStatus, "");
  }

  private static String order(String status, String captureStatus, String paymentSource) {
    String payments =
        captureStatus == null
            ? ""
            : ",\"payments\":{\"captures\":[{\"id\":\"3C679366HH908993F\",\"status\":\""
                + captureStatus
                + "\",\"custom_id\":\""
                + REFERENCE
                + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}}]}";
    return "{\"id\":\""
        + ORDER
        + "\",\"status\":\""
        + status
        + "\",\"intent\":\"CAPTURE\",\"purchase_units\":[{\"reference_id\":\"default\",\"custom_id\":\""
        + REFERENCE
        + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}"
        + payments
        + "}]"
        + paymentSource
        + "}";
  }
}
