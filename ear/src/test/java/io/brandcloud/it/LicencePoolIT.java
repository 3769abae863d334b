package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.LicenceKeys;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A licence product delivers a key from the pool staff upload, sealed at rest: each order takes the
 * oldest free key, a key is given once, and with none left the product is sold out and an order is
 * refused with nothing charged.
 */
@ExtendWith(ArquillianExtension.class)
class LicencePoolIT {

  @Inject TestTenants tenants;
  @EJB Products products;
  @EJB LicenceKeys keys;
  @EJB Subscriptions subscriptions;
  @EJB Wallets wallets;

  private Fixture shop;
  private long licence;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("licences"), new BigDecimal("100.00"));
    licence =
        shop.as(
            () -> {
              long id = products.create("licence", "Panel licence", "", "Licences").id();
              return products.price(id, "monthly", new BigDecimal("10.00"), null, 0).id();
            });
  }

  @Test
  void aPoolRunsOutAndTheProductIsSoldOut() {
    LicenceKeys.Upload upload =
        shop.as(
            () -> keys.upload(licence, List.of("KEY-AAA-111", "", " KEY-BBB-222 ", "KEY-AAA-111")));
    assertThat(upload.added()).isEqualTo(2);
    assertThat(upload.duplicates()).isEqualTo(1);
    assertThat(shop.as(() -> keys.upload(licence, List.of("KEY-BBB-222"))).added())
        .as("a key the pool holds is not added again")
        .isZero();
    assertThat(sealedKeys()).doesNotContain("KEY-AAA-111").doesNotContain("KEY-BBB-222");

    SubscriptionView first = order();
    SubscriptionView second = order();
    assertThat(first.licenceKey()).isEqualTo("KEY-AAA-111");
    assertThat(second.licenceKey()).isEqualTo("KEY-BBB-222");
    assertThat(onSale().soldOut()).isTrue();
    assertThat(shop.as(() -> keys.stock(licence)).assigned()).isEqualTo(2);

    BrandcloudException refused = assertThrows(BrandcloudException.class, this::order);
    assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(refused.getMessage()).contains("sold out");
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).hasSize(2);
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId()).amount()))
        .as("nothing charged for the refused order")
        .isEqualByComparingTo("80.00");

    shop.as(() -> subscriptions.cancel(shop.customerId(), first.id(), true));
    assertThat(onSale().soldOut()).as("a given key is not given again").isTrue();
    shop.as(() -> keys.upload(licence, List.of("KEY-CCC-333")));
    assertThat(order().licenceKey()).isEqualTo("KEY-CCC-333");
  }

  @Test
  void onlyLicenceProductsTakeKeysAndKeysArePrintableLines() {
    long service = shop.as(() -> products.create("service", "Setup", "", "").id());
    assertThat(
            assertThrows(
                    BrandcloudException.class,
                    () -> shop.as(() -> keys.upload(service, List.of("K-1"))))
                .getMessage())
        .contains("Only a licence product");
    for (List<String> bad :
        List.of(
            List.<String>of(), List.of("", " "), List.of("K\u0000EY"), List.of("K".repeat(501)))) {
      BrandcloudException refused =
          assertThrows(BrandcloudException.class, () -> shop.as(() -> keys.upload(licence, bad)));
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }
    assertThat(shop.as(() -> keys.stock(licence)).available()).isZero();
  }

  private SubscriptionView order() {
    return shop.as(
        () ->
            subscriptions.order(
                shop.customerId(),
                new SubscriptionOrder(
                    licence, "monthly", null, null, UUID.randomUUID().toString())));
  }

  private ProductView onSale() {
    return shop.as(
        () ->
            products.onSale(shop.customerId()).stream()
                .filter(p -> p.id() == licence)
                .findFirst()
                .orElseThrow());
  }

  private String sealedKeys() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(encode(sealed_key, 'escape'), ' ') FROM %s.licence_keys"
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }
}
