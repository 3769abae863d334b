package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.settings.QuotaLimits;
import io.brandcloud.settings.Quotas;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Limits on what an organisation orders, the tenant's defaults or its own: servers kept, spending
 * in a month, products; an order beyond one is refused (409 quota_exceeded) naming it, and nothing
 * is made or charged.
 */
@ExtendWith(ArquillianExtension.class)
class QuotaIT {

  @Inject TestTenants tenants;
  @EJB Quotas quotas;
  @EJB Servers servers;
  @EJB Products products;
  @EJB Subscriptions subscriptions;

  private Fixture shop;
  private long product;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("quotas"), new BigDecimal("100.00"));
    product =
        shop.as(
            () -> {
              long id = products.create("service", "Monitoring", "", "").id();
              return products.price(id, "monthly", new BigDecimal("10.00"), null, 0).id();
            });
  }

  @Test
  void theDefaultsLimitServersUntilACustomerHasLimitsOfTheirOwn() {
    shop.as(() -> quotas.changeDefaults(1, null));
    server("q-1");
    BrandcloudException refused = assertThrows(BrandcloudException.class, () -> server("q-2"));
    assertThat(refused.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED);
    assertThat(refused.getMessage()).contains("limit of 1 server;");

    QuotaLimits own = shop.as(() -> quotas.change(shop.customerId(), false, 2, null, null));
    assertThat(own.own()).isTrue();
    server("q-2");
    assertThat(assertThrows(BrandcloudException.class, () -> server("q-3")).getMessage())
        .contains("limit of 2 servers");
    QuotaLimits back = shop.as(() -> quotas.change(shop.customerId(), true, 5, null, null));
    assertThat(back.own()).isFalse();
    assertThat(back.maxServers()).as("the defaults again").isEqualTo(1);
  }

  @Test
  void spendingInAMonthAndProductsAreLimited() {
    shop.as(() -> quotas.change(shop.customerId(), false, null, new BigDecimal("20.00"), null));
    order();
    order();
    BrandcloudException refused = assertThrows(BrandcloudException.class, this::order);
    assertThat(refused.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED);
    assertThat(refused.getMessage())
        .contains(
            "bring this month's spending to 30.00 EUR, over your organisation's limit of 20.00 EUR");
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).hasSize(2);

    long other = shop.as(() -> products.create("service", "Backups", "", "").id());
    shop.as(() -> quotas.change(shop.customerId(), false, null, null, List.of(other)));
    assertThat(assertThrows(BrandcloudException.class, this::order).getMessage())
        .contains("may not order Monitoring");
    assertThat(shop.as(() -> quotas.of(shop.customerId())).productIds()).containsExactly(other);
  }

  @Test
  void limitsThatDoNotFitAreRefused() {
    for (Supplier<QuotaLimits> bad :
        List.<Supplier<QuotaLimits>>of(
            () -> quotas.changeDefaults(-1, null),
            () -> quotas.changeDefaults(null, new BigDecimal("-1")),
            () -> quotas.changeDefaults(null, new BigDecimal("1.234")),
            () -> quotas.change(shop.customerId(), false, null, null, List.of(999_999L)))) {
      BrandcloudException refused = assertThrows(BrandcloudException.class, () -> shop.as(bad));
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }
    assertThat(
            assertThrows(
                    BrandcloudException.class,
                    () -> shop.as(() -> quotas.change(999_999L, true, null, null, null)))
                .code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(shop.as(() -> quotas.defaults()).maxServers()).isNull();
  }

  @Test
  void staffSetLimitsOverTheApiAndCustomersMeetThem() {
    Http http = new Http(Http.localServer());
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    String base = "t/" + shop.tenant().slug() + "/api/v1";
    HttpResponse<String> defaults =
        staff.put(base + "/admin/quota-defaults", "{\"maxServers\":5,\"maxMonthlySpend\":\"50\"}");
    assertThat(defaults.statusCode()).as(defaults.body()).isEqualTo(200);
    assertThat(defaults.body()).contains("\"maxServers\":5", "\"maxMonthlySpend\":\"50\"");
    HttpResponse<String> own =
        staff.put(
            base + "/admin/customers/" + shop.customerId() + "/quotas",
            "{\"useDefaults\":false,\"maxServers\":0}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(staff.get(base + "/admin/customers/" + shop.customerId() + "/quotas").body())
        .contains("\"maxServers\":0", "\"own\":true")
        .as("no limit of spending: left out")
        .doesNotContain("maxMonthlySpend");
    HttpResponse<String> refused =
        customer.post(
            base + "/servers",
            "{\"planId\":"
                + shop.planId()
                + ",\"hostname\":\"q-api\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("\"quota_exceeded\"", "limit of 0 servers");
    assertThat(
            staff
                .put(base + "/admin/customers/999999/quotas", "{\"useDefaults\":true}")
                .statusCode())
        .isEqualTo(404);
  }

  private void server(String hostname) {
    shop.as(
        () -> servers.create(shop.customerId(), shop.planId(), hostname, "sim-ams1", "debian-12"));
  }

  private void order() {
    shop.as(
        () ->
            subscriptions.order(
                shop.customerId(),
                new SubscriptionOrder(
                    product, "monthly", null, null, UUID.randomUUID().toString())));
  }
}
