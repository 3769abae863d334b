package io.brandcloud.it;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A new shop (its time zone UTC) with one funded customer, for subscription scenarios on the
 * controllable clock: days are 09:00 UTC, orders get a fresh reference.
 */
@Dependent
public class SubscriptionShop {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;
  @EJB TaxRules taxRules;
  @EJB BillingDetails billingDetails;

  private Fixture fixture;

  /** Opens a shop on {@code day} whose customer's wallet holds {@code credit}. */
  public void open(String prefix, String credit, String day) {
    at(day);
    fixture = tenants.withCustomer(TestTenants.uniqueSlug(prefix), new BigDecimal(credit));
  }

  /** The clock moves to 09:00 UTC of {@code day}, or to an instant written in full. */
  public void at(String day) {
    scenario.at(
        day.contains("T")
            ? Instant.parse(day)
            : LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC));
  }

  /** The clock moves to {@code day} and the shop's due subscriptions renew. */
  public void renewOn(String day) {
    at(day);
    as(renewals::renewDue);
  }

  /** A product of {@code kind} priced for one cycle; its id. */
  public long product(
      String kind, String name, String cycle, String amount, String setupFee, int trialDays) {
    return as(
        () ->
            products
                .price(
                    products.create(kind, name, "", "Services").id(),
                    cycle,
                    new BigDecimal(amount),
                    setupFee == null ? null : new BigDecimal(setupFee),
                    trialDays)
                .id());
  }

  public SubscriptionView order(long product, String cycle, String coupon, Long attachTo) {
    return as(
        () ->
            subscriptions.order(
                customerId(),
                new SubscriptionOrder(
                    product, cycle, coupon, attachTo, UUID.randomUUID().toString())));
  }

  public SubscriptionView subscription(long id) {
    return as(() -> subscriptions.subscription(customerId(), id));
  }

  /** The customer in Germany, where the shop charges 19 % VAT. */
  public void inGermany() {
    as(
        () -> {
          taxRules.add(new TaxRule("DE", null, "VAT", new BigDecimal("19"), false, false, 1), "t");
          return billingDetails.changeByStaff(
              customerId(),
              new BillingDetails.Change("Hauptstrasse 1, Berlin", "DE", null, null, null),
              "t");
        });
  }

  /** Money into the customer's wallet, as a top-up. */
  public void topUp(String amount) {
    as(
        () ->
            wallets.credit(
                customerId(), new BigDecimal(amount), "Top-up", UUID.randomUUID().toString(), "t"));
  }

  public BigDecimal balance() {
    return as(() -> wallets.balanceOf(customerId()).amount());
  }

  public boolean ledgerMatchesBalance() {
    return as(
        () ->
            wallets
                    .ledgerSum(customerId())
                    .amount()
                    .compareTo(wallets.balanceOf(customerId()).amount())
                == 0);
  }

  /** One text from a query on the shop's schema, whose tables are named as {@code %1$s.table}. */
  public String text(String query) {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(query.formatted(tenant().schema().name()))
            .getSingleResult());
  }

  public <T> T as(Supplier<T> work) {
    return fixture.as(work);
  }

  public long customerId() {
    return fixture.customerId();
  }

  public TenantContext tenant() {
    return fixture.tenant();
  }

  public Fixture fixture() {
    return fixture;
  }
}
