package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Add-ons hang on one of the organisation's subscriptions: ordered for it, with a term and price of
 * their own, and cancelled the day it ends (however it ends), each with the unused part of its own
 * term given back.
 */
@ExtendWith(ArquillianExtension.class)
class AddOnScenarioIT {

  @Inject TestTenants tenants;
  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;
  @EJB ServerControl control;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void anAddOnEndsTheDayItsSubscriptionIsCancelledWithItsUnusedDaysGivenBack() {
    shop.open("addons", "200.00", "2027-03-01");
    long service = shop.product("service", "Managed server", "monthly", "62.00", null, 0);
    long licence = shop.product("addon", "Control panel licence", "monthly", "31.00", null, 0);
    SubscriptionView parent = shop.order(service, "monthly", null, null);
    SubscriptionView addOn = shop.order(licence, "monthly", null, parent.id());
    assertThat(addOn.attachedTo()).isEqualTo(parent.id());
    assertThat(shop.balance()).isEqualByComparingTo("107.00");

    shop.at("2027-03-11");
    shop.as(() -> subscriptions.cancel(shop.customerId(), parent.id(), true));
    // the parent: 10 of 31 days held, 42.00 back; the add-on: 10 of 31 days held, 21.00 back
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "cancelled".equals(shop.subscription(addOn.id()).status()));
    assertThat(shop.balance()).isEqualByComparingTo("170.00");
    assertThat(shop.subscription(addOn.id()).renewsOn()).isEqualTo("2027-03-11");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void anAddOnEndsWithASubscriptionThatRunsOutAtTheEndOfItsTerm() {
    shop.open("addons", "200.00", "2027-03-01");
    long service = shop.product("service", "Managed server", "monthly", "31.00", null, 0);
    long backups = shop.product("addon", "Offsite backups", "monthly", "10.00", null, 0);
    SubscriptionView parent = shop.order(service, "monthly", null, null);
    shop.as(() -> subscriptions.cancel(shop.customerId(), parent.id(), false));
    shop.at("2027-03-15");
    SubscriptionView addOn = shop.order(backups, "monthly", null, parent.id());
    assertThat(shop.balance()).isEqualByComparingTo("159.00");

    shop.renewOn("2027-04-01");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "cancelled".equals(shop.subscription(addOn.id()).status()));
    // the add-on's term ran from March 15th to April 15th (31 days); 17 held cost 5.48, 4.52 back
    assertThat(shop.balance()).isEqualByComparingTo("163.52");
    assertThat(shop.subscription(parent.id()).status()).isEqualTo("cancelled");
  }

  @Test
  void anAddOnIsForOneOfTheOrganisationsSubscriptionsThatGoOn() {
    shop.open("addons", "200.00", "2027-03-01");
    long service = shop.product("service", "Managed server", "monthly", "10.00", null, 0);
    long licence = shop.product("addon", "Control panel licence", "monthly", "5.00", null, 0);
    SubscriptionView parent = shop.order(service, "monthly", null, null);
    SubscriptionView addOn = shop.order(licence, "monthly", null, parent.id());

    assertThat(refused(licence, null).getMessage()).contains("say which");
    assertThat(refused(service, parent.id()).getMessage()).contains("Only an add-on");
    assertThat(refused(licence, addOn.id()).getMessage()).contains("not to another add-on");
    long other = tenants.fundedCustomer(shop.fixture(), "other", new BigDecimal("50.00"));
    long othersService =
        shop.as(
            () ->
                subscriptions
                    .order(
                        other,
                        new SubscriptionOrder(
                            service, "monthly", null, null, UUID.randomUUID().toString()))
                    .id());
    assertThat(refused(licence, othersService).code())
        .as("another organisation's subscription is not found")
        .isEqualTo(ErrorCode.NOT_FOUND);
    shop.as(() -> subscriptions.cancel(shop.customerId(), parent.id(), true));
    assertThat(refused(licence, parent.id()).code()).isEqualTo(ErrorCode.CONFLICT);
    BrandcloudException changed =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        subscriptions.previewChange(
                            shop.customerId(), othersService, licence, "monthly", true)));
    assertThat(changed.code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anAddOnForAnHourlyServerEndsTheDayTheServerIsDeleted() {
    shop.open("addons", "200.00", "2027-03-01");
    long service = shop.product("service", "Managed server", "monthly", "10.00", null, 0);
    long support = shop.product("addon", "Managed support", "monthly", "31.00", null, 0);
    long server = scenario.runningServer(shop.fixture(), shop.customerId(), "web-1");
    shop.at("2027-03-01");

    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop.fixture()), TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> ordered =
        customer.post(
            "t/" + shop.tenant().slug() + "/api/v1/subscriptions",
            "{\"productId\":"
                + support
                + ",\"cycle\":\"monthly\",\"attachToServer\":"
                + server
                + ",\"reference\":\"support-web-1\"}");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    JsonObject addOn = Http.json(ordered.body());
    assertThat(addOn.getJsonObject("attachedToServer").getString("hostname")).isEqualTo("web-1");
    long addOnId = addOn.getJsonNumber("id").longValue();
    assertThat(shop.subscription(addOnId).attachedServerId()).isEqualTo(server);
    assertThat(shop.balance()).isEqualByComparingTo("169.00");

    assertThat(refusedOn(support, null, 999_999L).code()).isEqualTo(ErrorCode.NOT_FOUND);
    long other = tenants.fundedCustomer(shop.fixture(), "other", new BigDecimal("50.00"));
    long othersServer = scenario.runningServer(shop.fixture(), other, "theirs-1");
    shop.at("2027-03-01");
    assertThat(refusedOn(support, null, othersServer).code())
        .as("another organisation's server is not found")
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(refusedOn(service, null, server).getMessage()).contains("Only an add-on");
    SubscriptionView parent = shop.order(service, "monthly", null, null);
    assertThat(refusedOn(support, parent.id(), server).getMessage()).contains("not to both");
    assertThat(refusedOn(support, addOnId, null).getMessage())
        .as("an add-on on a server is an add-on too")
        .contains("not to another add-on");

    shop.at("2027-03-11");
    shop.as(() -> control.delete(shop.customerId(), server));
    // 10 of 31 days held: 21.00 back
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "cancelled".equals(shop.subscription(addOnId).status()));
    assertThat(shop.balance()).isEqualByComparingTo("180.00");
    assertThat(shop.subscription(parent.id()).status()).isEqualTo("active");
    assertThat(refusedOn(support, null, server).code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  private BrandcloudException refusedOn(long product, Long attachTo, Long server) {
    return assertThrows(
        BrandcloudException.class,
        () ->
            shop.as(
                () ->
                    subscriptions.order(
                        shop.customerId(),
                        new SubscriptionOrder(
                            product,
                            "monthly",
                            null,
                            attachTo,
                            Map.of(),
                            UUID.randomUUID().toString(),
                            null,
                            server))));
  }

  private BrandcloudException refused(long product, Long attachTo) {
    return assertThrows(
        BrandcloudException.class, () -> shop.order(product, "monthly", null, attachTo));
  }
}
