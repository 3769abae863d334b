package io.brandcloud.payments.infrastructure.paypal;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayEvent.Kind;
import org.junit.jupiter.api.Test;

/** PayPal's webhook events in our terms, shaped after PayPal's own event samples. */
class PayPalEventsTest {

  @Test
  void anApprovedOrderAndACompletedCaptureNameOurPayment() {
    GatewayEvent approved =
        PayPalEvents.read(
            "{\"id\":\"WH-1\",\"event_type\":\"CHECKOUT.ORDER.APPROVED\",\"resource\":{\"id\":\"5O190127TN364715T\",\"status\":\"APPROVED\",\"purchase_units\":[{\"custom_id\":\"acme-pay-42\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}}]}}");
    assertThat(approved.kind()).isEqualTo(Kind.APPROVED);
    assertThat(approved.reference()).isEqualTo("acme-pay-42");

    GatewayEvent captured =
        PayPalEvents.read(
            "{\"id\":\"WH-2\",\"event_type\":\"PAYMENT.CAPTURE.COMPLETED\",\"resource\":{\"id\":\"3C679366HH908993F\",\"custom_id\":\"acme-pay-42\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}}}");
    assertThat(captured.kind()).isEqualTo(Kind.PAID);
    assertThat(captured.paymentId()).isEqualTo("3C679366HH908993F");
    assertThat(captured.amount()).isEqualByComparingTo("25");
  }

  @Test
  void aRefundPointsAtItsCaptureAndDisputesNameTheSellersTransaction() {
    GatewayEvent refund =
        PayPalEvents.read(
            "{\"id\":\"WH-3\",\"event_type\":\"PAYMENT.CAPTURE.REFUNDED\",\"resource\":{\"id\":\"1JU08902781691411\",\"custom_id\":\"acme-refund-7\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"10.50\"},\"links\":[{\"rel\":\"self\",\"href\":\"https://api-m.paypal.com/v2/payments/refunds/1JU08902781691411\"},{\"rel\":\"up\",\"href\":\"https://api-m.paypal.com/v2/payments/captures/3C679366HH908993F\"}]}}");
    assertThat(refund.kind()).isEqualTo(Kind.REFUNDED);
    assertThat(refund.paymentId()).isEqualTo("3C679366HH908993F");
    assertThat(refund.objectId()).isEqualTo("1JU08902781691411");
    assertThat(refund.reference()).isEqualTo("acme-refund-7");

    String dispute =
        "{\"id\":\"WH-4\",\"event_type\":\"CUSTOMER.DISPUTE.%s\",\"resource\":{\"dispute_id\":\"PP-D-1\",\"disputed_transactions\":[{\"seller_transaction_id\":\"3C679366HH908993F\"}],\"dispute_amount\":{\"currency_code\":\"EUR\",\"value\":\"25.00\"}%s}}";
    assertThat(PayPalEvents.read(dispute.formatted("CREATED", "")).kind())
        .isEqualTo(Kind.DISPUTE_OPENED);
    assertThat(
            PayPalEvents.read(
                    dispute.formatted(
                        "RESOLVED",
                        ",\"dispute_outcome\":{\"outcome_code\":\"RESOLVED_BUYER_FAVOUR\"}"))
                .kind())
        .isEqualTo(Kind.DISPUTE_LOST);
    assertThat(
            PayPalEvents.read(
                    dispute.formatted(
                        "RESOLVED",
                        ",\"dispute_outcome\":{\"outcome_code\":\"RESOLVED_SELLER_FAVOUR\"}"))
                .kind())
        .isEqualTo(Kind.DISPUTE_WON);
    assertThat(
            PayPalEvents.read(
                    "{\"id\":\"WH-5\",\"event_type\":\"BILLING.PLAN.CREATED\",\"resource\":{}}")
                .kind())
        .isEqualTo(Kind.IGNORED);
  }

  @Test
  void onlyExactlyOneJsonObjectIsSplicedIntoTheVerification() {
    assertThat(PayPalGateway.isOneObject("{\"a\":[1,{\"b\":2}]}")).isTrue();
    assertThat(PayPalGateway.isOneObject("{\"a\":1},\"webhook_id\":\"x\"")).isFalse();
    assertThat(PayPalGateway.isOneObject("{\"a\":1} {}")).isFalse();
    assertThat(PayPalGateway.isOneObject("[1]")).isFalse();
    assertThat(PayPalGateway.isOneObject("{\"a\":")).isFalse();
    assertThat(PayPalGateway.isOneObject("")).isFalse();
  }
}
