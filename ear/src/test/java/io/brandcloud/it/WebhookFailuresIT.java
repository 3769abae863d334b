package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.webhooks.application.CreatedWebhook;
import io.brandcloud.webhooks.application.WebhookSender;
import io.brandcloud.webhooks.application.WebhookSpec;
import io.brandcloud.webhooks.application.Webhooks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A receiver that never answers (nothing listens on port 1): the invoice's events are written once
 * and their deliveries retried after a wait, a delivery is given up after its last attempt, and an
 * endpoint failing for more than three days is switched off, its waiting deliveries given up and
 * its owner told by mail.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookFailuresIT {

  @Inject TestTenants tenants;
  @EJB Webhooks webhooks;
  @EJB WebhookSender sender;
  @EJB ManualInvoices manual;
  @Resource UserTransaction transaction;

  @Test
  void failingDeliveriesAreRetriedThenGivenUpAndTheEndpointSwitchedOff() throws Exception {
    TestTenants.Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("hookfail"), new BigDecimal("100.00"));
    CreatedWebhook hook =
        shop.as(
            () ->
                webhooks.create(
                    shop.customerId(),
                    new WebhookSpec(
                        "http://127.0.0.1:1/down", "Down", List.of("invoice.*"), null)));
    long endpoint = hook.endpoint().id();

    shop.as(
        () -> {
          long draft =
              manual.draft(
                  shop.customerId(),
                  List.of(new ManualInvoices.LineInput("Work", new BigDecimal("12.00"))),
                  14,
                  "t");
          long invoice = manual.issue(shop.customerId(), draft, "t").id();
          manual.pay(shop.customerId(), invoice);
          return invoice;
        });
    assertThat(tenants.strings(shop, "SELECT event_type FROM webhook_events ORDER BY id"))
        .as("a draft is nobody's business; issuing and paying are")
        .containsExactly("invoice.issued", "invoice.paid");
    sql(
        shop,
        "INSERT INTO invoices (number, organisation_id, period_start, period_end, currency,"
            + " subtotal, total, issued_at, status, paid_at, kind, tax_treatment) VALUES ('WH-1', "
            + shop.customerId()
            + ", DATE '2026-10-01', DATE '2026-10-31', 'EUR', 12.50, 12.50, now(), 'PAID',"
            + " now(), 'USAGE', 'UNTAXED')");
    assertThat(
            tenants.strings(
                shop,
                "SELECT event_type || ' ' || (data ->> 'total') FROM webhook_events"
                    + " WHERE data ->> 'number' = 'WH-1' ORDER BY id"))
        .as(
            "a month's invoice paid from the wallet as it is issued is both, amounts as the API writes them")
        .containsExactly("invoice.issued 12.5", "invoice.paid 12.5");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tenants.strings(
                    shop,
                    "SELECT status || ' ' || attempts || ' ' || (next_attempt_at > now()"
                        + " + interval '20 seconds') FROM webhook_deliveries ORDER BY id"),
            rows -> rows.equals(Collections.nCopies(4, "PENDING 1 true")));
    assertThat(tenants.strings(shop, "SELECT last_error FROM webhook_deliveries"))
        .as("port 1 refuses: the log says so, not the client's exception")
        .containsOnly("Could not connect");

    sql(
        shop,
        "UPDATE webhook_deliveries SET attempts = 20, next_attempt_at = now()"
            + " WHERE id = (SELECT min(id) FROM webhook_deliveries)");
    sender.heardOf(shop.tenant().tenantId());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tenants.strings(
                    shop, "SELECT status || ' ' || attempts FROM webhook_deliveries ORDER BY id"),
            rows -> rows.get(0).equals("FAILED 21"));

    sql(
        shop,
        "UPDATE webhook_endpoints SET failing_since = now() - interval '4 days' WHERE id = "
            + endpoint);
    shop.as(() -> webhooks.ping(shop.customerId(), endpoint));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tenants.strings(
                    shop, "SELECT enabled::text FROM webhook_endpoints WHERE id = " + endpoint),
            rows -> rows.equals(List.of("false")));
    assertThat(
            tenants.strings(
                shop, "SELECT disabled_reason FROM webhook_endpoints WHERE id = " + endpoint))
        .singleElement()
        .asString()
        .startsWith("Switched off after failing for 3 days");
    assertThat(
            tenants.strings(
                shop,
                "SELECT DISTINCT status FROM webhook_deliveries WHERE endpoint_id = " + endpoint))
        .as("nothing waits for an endpoint that is off")
        .containsExactly("FAILED");
    assertThat(
            tenants.strings(
                shop,
                "SELECT recipient || ' ' || subject FROM mail_outbox"
                    + " WHERE subject LIKE '%webhook endpoint was switched off'"))
        .singleElement()
        .asString()
        .startsWith(TestTenants.customerEmail(shop) + " ");
    assertThat(
            SqlValues.toLong(
                shop.as(
                    () ->
                        tenants
                            .em()
                            .createNativeQuery("SELECT count(*) FROM webhook_events")
                            .getSingleResult())))
        .as("the ping is an event of its own")
        .isEqualTo(5);
  }

  @Test
  void aMemberSendsElsewhereOnlyWhatTheyMayReadAndStaffActingAsThemNothing() {
    TestTenants.Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("hookrole"), BigDecimal.ZERO);
    long role = tenants.customRole(shop, "Integrations", "settings:manage", "billing:view");
    String email = "integrations@" + shop.tenant().slug() + ".test";
    tenants.memberOf(shop, email, "custom", role);
    Http member = new Http(Http.localServer()).as(email, TestTenants.MEMBER_PASSWORD);
    assertThat(
            member
                .post(shop.api("/organisations/" + shop.customerId() + "/activate"), "")
                .statusCode())
        .isEqualTo(200);

    assertThat(member.post(shop.api("/webhook-endpoints"), hook("*")).statusCode())
        .as("everything would send servers and tickets too")
        .isEqualTo(403);
    assertThat(member.post(shop.api("/webhook-endpoints"), hook("ticket.*")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> billing = member.post(shop.api("/webhook-endpoints"), hook("invoice.*"));
    assertThat(billing.statusCode()).as(billing.body()).isEqualTo(201);
  }

  private static String hook(String events) {
    return "{\"url\":\"http://127.0.0.1:9/role\",\"eventTypes\":[\"" + events + "\"]}";
  }

  private void sql(TestTenants.Fixture shop, String statement) throws Exception {
    transaction.begin();
    shop.as(() -> tenants.em().createNativeQuery(statement).executeUpdate());
    transaction.commit();
  }
}
