package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.payments.testgateway.TestCards;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Prometheus reads of the business on the management port: charging runs, top-ups and failed
 * payments counted per tenant once committed, the outbox's lag, running servers and requests by
 * route and status.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessMetricsIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB TestCheckoutDesk desk;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void chargingRunsAndRunningServersAreCountedPerTenant() {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("metered"), new BigDecimal("20"));
    scenario.runningServer(shop, shop.customerId(), "web-1");
    scenario.runningServer(shop, shop.customerId(), "web-2");
    Map<String, String> tenant = Map.of("tenant", shop.tenant().slug());

    Jobs.chargeUpTo(start.plusSeconds(60));
    Jobs.chargeUpTo(start.plus(Duration.ofHours(1)).plusSeconds(60));

    PrometheusText metrics = PrometheusText.scrape();
    assertThat(metrics.valueOrZero("brandcloud_charged_server_hours_total", tenant))
        .as("two servers, two hours")
        .isEqualTo(4.0);
    Map<String, String> inEuros = Map.of("tenant", shop.tenant().slug(), "currency", "EUR");
    assertThat(metrics.valueOrZero("brandcloud_charging_run_amount_count", inEuros)).isEqualTo(2);
    assertThat(metrics.valueOrZero("brandcloud_charging_run_amount_sum", inEuros))
        .isEqualTo(0.04, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(metrics.valueOrZero("brandcloud_charging_run_servers_max", tenant)).isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> PrometheusText.scrape().valueOrZero("brandcloud_servers_running", tenant) == 2.0);
    assertThat(PrometheusText.scrape().value("brandcloud_queue_oldest_seconds", Map.of()))
        .isPresent();
  }

  @Test
  void topUpsAndFailedPaymentsAreCountedOnceAndRequestsByRouteAndStatus() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("metpay"), BigDecimal.ZERO);
    String slug = shop.tenant().slug();
    Http http = new Http(Http.localServer());
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    Http admin = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String api = "t/" + slug + "/api/v1";
    HttpResponse<String> gateway =
        admin.put(
            api + "/admin/payment-gateways/test",
            "{\"webhookSecret\":\"tgsec_metrics\",\"minAmount\":\"5\",\"maxAmount\":\"500\"}");
    assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(200);

    long paid = pay(shop, customer, api, "25", TestCards.PAYS, "succeeded");
    long declined = pay(shop, customer, api, "30", TestCards.DECLINED, "failed");
    customer.post(api + "/payments/" + paid + "/confirm", "");
    customer.post(api + "/payments/" + declined + "/confirm", "");
    assertThat(customer.get("t/" + slug + "/made-up-" + slug + ".xhtml").statusCode())
        .isEqualTo(404);

    Map<String, String> inEuros = Map.of("tenant", slug, "currency", "EUR");
    // counted when their transactions commit, which may be a moment after the answer that saw them
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              PrometheusText metrics = PrometheusText.scrape();
              assertThat(metrics.valueOrZero("brandcloud_topups_total", inEuros)).isEqualTo(1);
              assertThat(metrics.valueOrZero("brandcloud_topup_amount_total", inEuros))
                  .isEqualTo(25);
              assertThat(
                      metrics.valueOrZero(
                          "brandcloud_payments_failed_total", Map.of("tenant", slug)))
                  .isEqualTo(1);
              assertThat(
                      metrics.valueOrZero(
                          "brandcloud_outbox_lag_seconds_count",
                          Map.of("tenant", slug, "message", "PaymentEventReceived")))
                  .as("both webhooks")
                  .isEqualTo(2);
            });
    PrometheusText metrics = PrometheusText.scrape();
    assertThat(
            metrics.valueOrZero(
                "brandcloud_http_requests_seconds_count",
                Map.of("method", "POST", "route", "/api/v1/payments", "status", "201")))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            metrics.valueOrZero(
                "brandcloud_http_requests_seconds_count",
                Map.of("method", "GET", "route", "unmatched", "status", "404")))
        .isGreaterThanOrEqualTo(1);
    assertThat(metrics.toString()).doesNotContain("made-up-" + slug);
  }

  private long pay(
      Fixture shop, Http customer, String api, String amount, String card, String status) {
    HttpResponse<String> started =
        customer.post(api + "/payments", "{\"gateway\":\"test\",\"amount\":\"" + amount + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject payment = Http.json(started.body());
    String url = payment.getString("checkoutUrl");
    shop.as(() -> desk.pay(url.substring(url.indexOf("session=") + 8), card));
    long id = payment.getInt("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(customer.post(api + "/payments/" + id + "/confirm", "").body())
                    .getString("status")
                    .equals(status));
    return id;
  }
}
