package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.payments.testgateway.TestGatewaySignature;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments over the REST API: staff connect gateways (secrets never echoed), customers top up and
 * download receipts, billing staff refund; every bad input is a 4xx with the error model, every
 * role and organisation sees only what it may, and webhooks need their signature.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsApiIT {

  private static final String SECRET = "tgsec_api_secret";

  @Inject TestTenants tenants;
  @EJB TestCheckoutDesk desk;

  private Fixture shop;
  private Http customer;
  private Http admin;

  @BeforeEach
  void aShopWithAnAdmin() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("papi"), BigDecimal.ZERO);
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    admin = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void aCustomerTopsUpAndDownloadsTheReceipt() {
    assertThat(customer.get(api("/payment-methods")).body()).isEqualTo("[]");
    assertThat(
            customer
                .post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"25\"}")
                .statusCode())
        .as("no gateway yet")
        .isEqualTo(404);
    acceptTestPayments();

    JsonObject method =
        Http.jsonArray(customer.get(api("/payment-methods")).body()).getJsonObject(0);
    assertThat(method.getString("gateway")).isEqualTo("test");
    assertThat(method.getJsonArray("presets").getJsonObject(0).getString("amount")).isEqualTo("10");
    assertThat(method.getBoolean("savesCards")).isTrue();

    HttpResponse<String> started =
        customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"25.50\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject payment = Http.json(started.body());
    assertThat(payment.getString("status")).isEqualTo("pending");
    String checkoutUrl = payment.getString("checkoutUrl");
    assertThat(checkoutUrl)
        .startsWith(
            Http.localServer().resolve("t/" + slug() + "/test-gateway/checkout.xhtml").toString());
    assertThat(customer.get(api("/payments/" + payment.getInt("id") + "/receipt.pdf")).statusCode())
        .as("no receipt before the money is there")
        .isEqualTo(409);

    shop.as(() -> desk.pay(checkoutUrl.substring(checkoutUrl.indexOf("session=") + 8), "4242"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(
                        customer
                            .post(api("/payments/" + payment.getInt("id") + "/confirm"), "")
                            .body())
                    .getString("status")
                    .equals("succeeded"));
    assertThat(
            Http.json(customer.get(api("/balance")).body())
                .getJsonObject("balance")
                .getString("amount"))
        .isEqualTo("25.5");
    HttpResponse<byte[]> receipt =
        customer.getBytes(api("/payments/" + payment.getInt("id") + "/receipt.pdf"));
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(new String(receipt.body(), 0, 5)).isEqualTo("%PDF-");
    assertThat(customer.get(api("/payments")).body()).contains("\"status\":\"succeeded\"");
    assertThat(customer.get(api("/transactions")).body()).contains("Top-up by Test gateway");
    assertThat(customer.get(api("/auto-top-up")).statusCode()).as("no card kept").isEqualTo(404);
    assertThat(
            customer
                .put(
                    api("/auto-top-up"), "{\"threshold\":\"5\",\"amount\":\"20\",\"enabled\":true}")
                .statusCode())
        .isEqualTo(409);

    HttpResponse<String> refund =
        admin.post(
            api("/admin/payments/" + payment.getInt("id") + "/refunds"),
            "{\"amount\":\"5.50\",\"reason\":\"Goodwill\"}");
    assertThat(refund.statusCode()).as(refund.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(customer.get(api("/balance")).body())
                    .getJsonObject("balance")
                    .getString("amount")
                    .equals("20"));
    assertThat(admin.get(api("/admin/refunds")).body()).contains("\"status\":\"succeeded\"");
  }

  @Test
  void everyBadAmountOrGatewayIsAClearRefusal() {
    acceptTestPayments();
    for (String amount :
        new String[] {"-5", "0", "5.001", "4.99", "500.01", "1e12", "\"abc\"", "null"}) {
      HttpResponse<String> refused =
          customer.post(api("/payments"), "{\"gateway\":\"test\",\"amount\":" + amount + "}");
      assertThat(refused.statusCode()).as(amount + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(amount).contains("\"error\"").doesNotContain("Exception");
    }
    assertThat(
            customer.post(api("/payments"), "{\"gateway\":\"bitcoin\",\"amount\":\"10\"}").body())
        .contains("gateway is test, stripe or paypal");
    assertThat(
            customer
                .post(api("/payments"), "{\"gateway\":\"stripe\",\"amount\":\"10\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(customer.post(api("/payments"), "").statusCode()).isEqualTo(400);
    assertThat(
            customer
                .post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"10\",\"extra\":1}")
                .statusCode())
        .isEqualTo(400);
    assertThat(customer.get(api("/payments")).body()).contains("\"total\":0");
  }

  @Test
  void adminsConnectGatewaysWhoseSecretsAreNeverShownAgain() {
    HttpResponse<String> wrongKey =
        admin.put(
            api("/admin/payment-gateways/stripe"),
            "{\"secret\":\"pk_live_123\",\"webhookSecret\":\"whsec_1\"}");
    assertThat(wrongKey.statusCode()).isEqualTo(400);
    assertThat(wrongKey.body()).contains("sk_test_");
    assertThat(
            admin
                .put(
                    api("/admin/payment-gateways/stripe"),
                    "{\"secret\":\"sk_test_abc\",\"webhookSecret\":\"whsec_1\",\"minAmount\":\"10\",\"maxAmount\":\"5\"}")
                .body())
        .contains("maxAmount");
    assertThat(
            admin
                .put(
                    api("/admin/payment-gateways/stripe"),
                    "{\"secret\":\"sk_test_abc\",\"webhookSecret\":\"whsec_1\",\"apiUrl\":\"ftp://x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            admin
                .put(
                    api("/admin/payment-gateways/paypal"),
                    "{\"publicId\":\"id\",\"secret\":\"s\",\"webhookId\":\"not valid!\"}")
                .body())
        .contains("webhookId");

    HttpResponse<String> saved =
        admin.put(
            api("/admin/payment-gateways/stripe"),
            "{\"secret\":\"sk_test_abc\",\"webhookSecret\":\"whsec_1\",\"apiUrl\":\"http://127.0.0.1:9\","
                + "\"minAmount\":\"10\",\"maxAmount\":\"200\",\"presets\":[\"20\",\"50\"]}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body())
        .contains("\"secretSet\":true", "\"webhookSecretSet\":true", "/api/v1/webhooks/stripe")
        .doesNotContain("sk_test_abc")
        .doesNotContain("whsec_1");
    HttpResponse<String> kept =
        admin.put(api("/admin/payment-gateways/stripe"), "{\"enabled\":false}");
    assertThat(kept.body()).contains("\"secretSet\":true", "\"enabled\":false");

    HttpResponse<String> checked = admin.post(api("/admin/payment-gateways/stripe/check"), "");
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(Http.json(checked.body()).getString("checkError")).startsWith("Stripe:");

    assertThat(customer.get(api("/admin/payment-gateways")).statusCode()).isEqualTo(403);
    assertThat(customer.get(api("/admin/payments")).statusCode()).isEqualTo(403);
    assertThat(customer.post(api("/admin/payments/1/refunds"), "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void refundsAreCheckedBeforeAnythingMoves() {
    acceptTestPayments();
    long paid = paidTopUp("30");
    String refunds = api("/admin/payments/" + paid + "/refunds");
    assertThat(admin.post(refunds, "{\"amount\":\"5\"}").body()).contains("reason");
    assertThat(admin.post(refunds, "{\"amount\":\"-5\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(400);
    assertThat(admin.post(refunds, "{\"amount\":\"30.01\",\"reason\":\"x\"}").body())
        .contains("At most 30");
    assertThat(admin.post(api("/admin/payments/999999/refunds"), "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(404);
    assertThat(customer.get(api("/transactions")).body()).doesNotContain("Refund");
  }

  @Test
  void webhooksNeedTheirSignatureAndAnAccount() {
    acceptTestPayments();
    Http gateway = new Http(Http.localServer());
    String event =
        "{\"id\":\"tgevt_x\",\"type\":\"checkout.paid\",\"created\":1,\"data\":{\"reference\":\""
            + slug()
            + "-pay-1\",\"charge\":\"tgc_x\",\"amount\":\"10\",\"currency\":\"EUR\"}}";
    HttpResponse<String> unsigned = gateway.post(api("/webhooks/test"), event);
    assertThat(unsigned.statusCode()).isEqualTo(400);
    assertThat(unsigned.body()).contains("signature");
    assertThat(gateway.post(api("/webhooks/stripe"), event).statusCode())
        .as("no Stripe account here")
        .isEqualTo(404);
    assertThat(gateway.post(api("/webhooks/bitcoin"), event).statusCode()).isEqualTo(400);
    HttpResponse<String> ignored =
        gateway
            .withHeader(
                TestGatewaySignature.HEADER,
                TestGatewaySignature.sign(SECRET, Instant.now(), event))
            .post(api("/webhooks/test"), event);
    assertThat(ignored.statusCode()).as(ignored.body()).isEqualTo(200);
    assertThat(ignored.body()).contains("accepted");
    assertThat(
            gateway
                .withHeader(
                    TestGatewaySignature.HEADER,
                    TestGatewaySignature.sign(SECRET, Instant.now(), event))
                .post(api("/webhooks/test"), event)
                .body())
        .contains("duplicate");
    byte[] huge = new byte[70 * 1024];
    java.util.Arrays.fill(huge, (byte) 'x');
    assertThat(gateway.raw("POST", api("/webhooks/test"), "application/json", huge).statusCode())
        .isEqualTo(413);
  }

  private void acceptTestPayments() {
    HttpResponse<String> saved =
        admin.put(
            api("/admin/payment-gateways/test"),
            "{\"webhookSecret\":\""
                + SECRET
                + "\",\"minAmount\":\"5\",\"maxAmount\":\"500\",\"presets\":[\"10\",\"25\"]}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private long paidTopUp(String amount) {
    JsonObject payment =
        Http.json(
            customer
                .post(api("/payments"), "{\"gateway\":\"test\",\"amount\":\"" + amount + "\"}")
                .body());
    String url = payment.getString("checkoutUrl");
    shop.as(() -> desk.pay(url.substring(url.indexOf("session=") + 8), "4242"));
    long id = payment.getInt("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(customer.post(api("/payments/" + id + "/confirm"), "").body())
                    .getString("status")
                    .equals("succeeded"));
    return id;
  }

  private String slug() {
    return shop.tenant().slug();
  }

  private String api(String path) {
    return "t/" + slug() + "/api/v1" + path;
  }
}
