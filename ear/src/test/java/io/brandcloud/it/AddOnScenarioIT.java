package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;

  private Fixture shop;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void anAddOnEndsTheDayItsSubscriptionIsCancelledWithItsUnusedDaysGivenBack() {
    shopWith("200.00", "2027-03-01");
    long service = product("service", "Managed server", "62.00");
    long licence = product("addon", "Control panel licence", "31.00");
    SubscriptionView parent = order(service, null);
    SubscriptionView addOn = order(licence, parent.id());
    assertThat(addOn.attachedTo()).isEqualTo(parent.id());
    assertThat(balance()).isEqualByComparingTo("107.00");

    at("2027-03-11");
    shop.as(() -> subscriptions.cancel(shop.customerId(), parent.id(), true));
    // the parent: 10 of 31 days held, 42.00 back; the add-on: 10 of 31 days held, 21.00 back
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "cancelled".equals(subscription(addOn.id()).status()));
    assertThat(balance()).isEqualByComparingTo("170.00");
    assertThat(subscription(addOn.id()).renewsOn()).isEqualTo("2027-03-11");
    assertThat(ledgerMatchesBalance()).isTrue();
  }

  @Test
  void anAddOnEndsWithASubscriptionThatRunsOutAtTheEndOfItsTerm() {
    shopWith("200.00", "2027-03-01");
    long service = product("service", "Managed server", "31.00");
    long backups = product("addon", "Offsite backups", "10.00");
    SubscriptionView parent = order(service, null);
    shop.as(() -> subscriptions.cancel(shop.customerId(), parent.id(), false));
    at("2027-03-15");
    SubscriptionView addOn = order(backups, parent.id());
    assertThat(balance()).isEqualByComparingTo("159.00");

    renewOn("2027-04-01");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "cancelled".equals(subscription(addOn.id()).status()));
    // the add-on's term ran from March 15th to April 15th (31 days); 17 held cost 5.48, 4.52 back
    assertThat(balance()).isEqualByComparingTo("163.52");
    assertThat(subscription(parent.id()).status()).isEqualTo("cancelled");
  }

  @Test
  void anAddOnIsForOneOfTheOrganisationsSubscriptionsThatGoOn() {
    shopWith("200.00", "2027-03-01");
    long service = product("service", "Managed server", "10.00");
    long licence = product("addon", "Control panel licence", "5.00");
    SubscriptionView parent = order(service, null);
    SubscriptionView addOn = order(licence, parent.id());

    assertThat(refused(licence, null).getMessage()).contains("say which");
    assertThat(refused(service, parent.id()).getMessage()).contains("Only an add-on");
    assertThat(refused(licence, addOn.id()).getMessage()).contains("not to another add-on");
    long other = tenants.fundedCustomer(shop, "other", new BigDecimal("50.00"));
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

  private BrandcloudException refused(long product, Long attachTo) {
    return assertThrows(BrandcloudException.class, () -> order(product, attachTo));
  }

  private void shopWith(String credit, String day) {
    at(day);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("addons"), new BigDecimal(credit));
  }

  private void at(String day) {
    scenario.at(LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC));
  }

  private void renewOn(String day) {
    at(day);
    shop.as(renewals::renewDue);
  }

  private long product(String kind, String name, String monthly) {
    return shop.as(
        () -> {
          long id = products.create(kind, name, "", "").id();
          return products.price(id, "monthly", new BigDecimal(monthly), null, 0).id();
        });
  }

  private SubscriptionView order(long product, Long attachTo) {
    return shop.as(
        () ->
            subscriptions.order(
                shop.customerId(),
                new SubscriptionOrder(
                    product, "monthly", null, attachTo, UUID.randomUUID().toString())));
  }

  private SubscriptionView subscription(long id) {
    return shop.as(() -> subscriptions.subscription(shop.customerId(), id));
  }

  private BigDecimal balance() {
    return shop.as(() -> wallets.balanceOf(shop.customerId()).amount());
  }

  private boolean ledgerMatchesBalance() {
    return shop.as(
        () ->
            wallets
                    .ledgerSum(shop.customerId())
                    .amount()
                    .compareTo(wallets.balanceOf(shop.customerId()).amount())
                == 0);
  }
}
