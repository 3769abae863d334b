package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.promotions.application.CouponDraft;
import io.brandcloud.promotions.application.CouponView;
import io.brandcloud.promotions.application.Coupons;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.ChangePreview;
import io.brandcloud.subscriptions.application.OrderPreview;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coupons on subscriptions, on the controllable clock: a percentage for three terms, a fixed amount
 * that never exceeds the price nor touches the set-up fee, a discount kept through a change and
 * given back in proportion when cancelled, a trial's first paid term, every limit a coupon has, and
 * guessing locked as logins are.
 */
@ExtendWith(ArquillianExtension.class)
class CouponScenarioIT {

  @Inject TestTenants tenants;
  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Coupons coupons;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;
  @EJB Invoicing invoicing;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void twentyPercentForThreeTermsIsALineOfItsOwnAndStopsAfterTheThird() {
    shop.open("coupons", "100.00", "2027-01-31");
    long product = shop.product("service", "Managed backups", "monthly", "10.00", "5.00", 0);
    coupon("SPRING20", "percent", "20", "repeating", 3, List.of(), null, false);

    OrderPreview preview = preview(product, "monthly", "spring20");
    assertThat(preview.discount().amount()).isEqualByComparingTo("2.00");
    assertThat(preview.due().amount())
        .as("the set-up fee is not discounted")
        .isEqualByComparingTo("13.00");
    SubscriptionView ordered = shop.order(product, "monthly", "Spring20", null);
    assertThat(shop.balance()).isEqualByComparingTo("87.00");
    assertThat(ledgerLines())
        .as("the term, with its fee, and the coupon apart")
        .contains("-15.000000 ", "2.000000 Coupon SPRING20 on Managed backups");

    shop.renewOn("2027-02-28");
    shop.renewOn("2027-03-31");
    assertThat(shop.balance())
        .as("second and third terms discounted")
        .isEqualByComparingTo("71.00");
    shop.renewOn("2027-04-30");
    assertThat(shop.balance()).as("the fourth at full price").isEqualByComparingTo("61.00");
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2027-05-31");
    assertThat(coupon("SPRING20").redemptions()).isEqualTo(1);
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void stackableCouponsCombineEachALineOfItsOwnAndOthersStandAlone() {
    shop.open("coupons", "200.00", "2027-01-10");
    long product = shop.product("service", "Managed mail", "monthly", "50.00", null, 0);
    Http staff =
        new Http(Http.localServer())
            .as(tenants.staffOf(shop.fixture()), TestTenants.STAFF_PASSWORD);
    String api = "t/" + shop.tenant().slug() + "/api/v1/admin/coupons";
    for (String body :
        List.of(
            "{\"code\":\"PCT20\",\"kind\":\"percent\",\"value\":20,\"duration\":\"repeating\","
                + "\"cycles\":2,\"stackable\":true}",
            "{\"code\":\"FIVE\",\"kind\":\"fixed\",\"value\":5,\"duration\":\"once\","
                + "\"stackable\":true}")) {
      HttpResponse<String> created = staff.post(api, body);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(Http.json(created.body()).getBoolean("stackable")).isTrue();
    }
    coupon("ALONE10", "percent", "10", "once", null, List.of(), null, false);

    assertRefused(product, "monthly", "PCT20, ALONE10", "ALONE10 cannot be combined");
    OrderPreview preview = preview(product, "monthly", "pct20 five");
    assertThat(preview.discount().amount())
        .as("20 % of 50.00, then 5.00 off what is left")
        .isEqualByComparingTo("15.00");
    assertThat(preview.coupon()).isEqualTo("PCT20, FIVE");

    shop.order(product, "monthly", "pct20, five", null);
    assertThat(shop.balance()).isEqualByComparingTo("165.00");
    assertThat(
            shop.as(() -> invoicing.invoicesOf(shop.customerId())).get(0).lines().stream()
                .map(l -> l.description() + " " + l.amount().amount().setScale(2).toPlainString())
                .toList())
        .contains("Coupon PCT20 -10.00", "Coupon FIVE -5.00");
    shop.renewOn("2027-02-10");
    assertThat(shop.balance()).as("FIVE was once, PCT20 twice").isEqualByComparingTo("125.00");
    shop.renewOn("2027-03-10");
    assertThat(shop.balance()).isEqualByComparingTo("75.00");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aFixedAmountNeverTakesMoreThanThePrice() {
    shop.open("coupons", "100.00", "2027-02-01");
    long product = shop.product("service", "Setup help", "monthly", "10.00", "5.00", 0);
    coupon("TENNER15", "fixed", "15.00", "once", null, List.of(), null, false);
    shop.order(product, "monthly", "TENNER15", null);
    assertThat(shop.balance())
        .as("the term free, the set-up fee paid")
        .isEqualByComparingTo("95.00");
    shop.renewOn("2027-03-01");
    assertThat(shop.balance()).isEqualByComparingTo("85.00");
  }

  @Test
  void cancellingGivesBackTheUnusedPartOfWhatWasPaid() {
    shop.open("coupons", "100.00", "2027-03-01");
    long product = shop.product("service", "Daily reports", "monthly", "31.00", null, 0);
    coupon("FOREVER20", "percent", "20", "forever", null, List.of(), null, false);
    SubscriptionView ordered = shop.order(product, "monthly", "FOREVER20", null);
    assertThat(shop.balance()).isEqualByComparingTo("75.20");
    shop.at("2027-03-11");
    shop.as(() -> subscriptions.cancel(shop.customerId(), ordered.id(), true));
    // 24.80 paid; ten days of 31 held cost 8.00; 16.80 back
    assertThat(shop.balance()).isEqualByComparingTo("92.00");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aChangeKeepsTheCouponWhereItIsValidAndThePreviewSaysSo() {
    shop.open("coupons", "500.00", "2027-01-01");
    long basic = shop.product("service", "Managed basic", "monthly", "31.00", null, 0);
    long plus = shop.product("service", "Managed plus", "monthly", "62.00", null, 0);
    coupon("TENOFF", "percent", "10", "forever", null, List.of(), null, false);
    SubscriptionView ordered = shop.order(basic, "monthly", "TENOFF", null);
    assertThat(shop.balance()).isEqualByComparingTo("472.10");
    shop.at("2027-01-11");
    ChangePreview preview =
        shop.as(
            () ->
                subscriptions.previewChange(
                    shop.customerId(), ordered.id(), plus, "monthly", true));
    // 27.90 paid for 31 days, 10 held cost 9.00, 18.90 back; the new term 62.00 less 6.20
    assertThat(preview.credit().amount()).isEqualByComparingTo("18.90");
    assertThat(preview.charge().amount()).isEqualByComparingTo("62.00");
    assertThat(preview.discount().amount()).isEqualByComparingTo("6.20");
    assertThat(preview.due().amount()).isEqualByComparingTo("36.90");
    shop.as(
        () ->
            subscriptions.change(
                shop.customerId(), ordered.id(), plus, "monthly", true, preview.due().amount()));
    assertThat(shop.balance()).isEqualByComparingTo("435.20");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aTrialsFirstPaidTermTakesTheDiscount() {
    shop.open("coupons", "100.00", "2027-02-01");
    long product = shop.product("service", "Monitoring", "monthly", "10.00", null, 14);
    coupon("HALF", "percent", "50", "once", null, List.of(), null, false);
    OrderPreview preview = preview(product, "monthly", "HALF");
    assertThat(preview.due().amount()).isEqualByComparingTo("0.00");
    assertThat(preview.firstPayment().amount()).isEqualByComparingTo("5.00");
    assertThat(preview.trialEnds()).isEqualTo("2027-02-15");
    shop.order(product, "monthly", "HALF", null);
    shop.renewOn("2027-02-15");
    assertThat(shop.balance()).isEqualByComparingTo("95.00");
    shop.renewOn("2027-03-15");
    assertThat(shop.balance()).isEqualByComparingTo("85.00");
  }

  @Test
  void everyLimitIsSaidPlainly() {
    shop.open("coupons", "500.00", "2027-02-01");
    long backups = shop.product("service", "Backups", "monthly", "10.00", null, 0);
    long support = shop.product("service", "Support", "monthly", "10.00", null, 0);
    shop.as(() -> products.price(backups, "annual", new BigDecimal("100.00"), null, 0));
    coupon("ONLYBACKUPS", "percent", "10", "once", null, List.of(backups), null, false);
    coupon("ONCEEACH", "percent", "10", "once", null, List.of(), null, false);
    coupon("NEWONLY", "percent", "10", "once", null, List.of(), null, true);
    coupon(
        "SHORT",
        "percent",
        "10",
        "once",
        null,
        List.of(),
        Instant.parse("2027-02-10T00:00:00Z"),
        false);

    assertRefused(support, "monthly", "ONLYBACKUPS", "not valid for this product");
    shop.order(backups, "monthly", "ONCEEACH", null);
    assertRefused(support, "monthly", "onceeach", "as often as it may be used");
    assertRefused(support, "monthly", "NEWONLY", "for new customers only");
    shop.at("2027-02-10");
    assertRefused(support, "monthly", "SHORT", "has expired");
    CouponView withdrawn = coupon("ONLYBACKUPS");
    shop.as(() -> coupons.offer(withdrawn.id(), false));
    assertRefused(backups, "annual", "ONLYBACKUPS", "no longer valid");
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).hasSize(1);
  }

  @Test
  void theLastUseGoesToOneCustomerOnly() {
    shop.open("coupons", "100.00", "2027-02-01");
    long product = shop.product("service", "Backups", "monthly", "10.00", null, 0);
    shop.as(
        () ->
            coupons.create(
                new CouponDraft(
                    "LAST1",
                    "",
                    "fixed",
                    new BigDecimal("1.00"),
                    "once",
                    null,
                    List.of(),
                    List.of(),
                    false,
                    1,
                    1,
                    null,
                    null,
                    false)));
    long other = tenants.fundedCustomer(shop.fixture(), "second", new BigDecimal("100.00"));
    shop.order(product, "monthly", "LAST1", null);
    BrandcloudException refused =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        subscriptions.order(
                            other,
                            new SubscriptionOrder(
                                product, "monthly", "LAST1", null, UUID.randomUUID().toString()))));
    assertThat(refused.getMessage()).contains("used up");
  }

  @Test
  void guessingCodesLocksTheOrganisationAsWrongPasswordsDo() {
    shop.open("coupons", "100.00", "2027-02-01");
    long product = shop.product("service", "Backups", "monthly", "10.00", null, 0);
    coupon("REAL10", "percent", "10", "once", null, List.of(), null, false);
    for (int i = 0; i < 10; i++) {
      String guess = "GUESS" + i;
      BrandcloudException wrong =
          assertThrows(BrandcloudException.class, () -> preview(product, "monthly", guess));
      assertThat(wrong.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }
    BrandcloudException locked =
        assertThrows(
            BrandcloudException.class, () -> shop.order(product, "monthly", "REAL10", null));
    assertThat(locked.code()).as("even the right code waits").isEqualTo(ErrorCode.RATE_LIMITED);
    shop.at("2027-02-01T09:02:00Z");
    assertThat(preview(product, "monthly", "REAL10").discount().amount())
        .isEqualByComparingTo("1.00");
  }

  private void assertRefused(long product, String cycle, String code, String reason) {
    BrandcloudException refused =
        assertThrows(BrandcloudException.class, () -> shop.order(product, cycle, code, null));
    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(refused.getMessage()).contains(reason);
  }

  private void coupon(
      String code,
      String kind,
      String value,
      String duration,
      Integer cycles,
      List<Long> productIds,
      Instant expiresAt,
      boolean newCustomersOnly) {
    shop.as(
        () ->
            coupons.create(
                new CouponDraft(
                    code,
                    "",
                    kind,
                    new BigDecimal(value),
                    duration,
                    cycles,
                    productIds,
                    List.of(),
                    newCustomersOnly,
                    null,
                    1,
                    null,
                    expiresAt,
                    false)));
  }

  private CouponView coupon(String code) {
    return shop.as(
        () -> coupons.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow());
  }

  private OrderPreview preview(long product, String cycle, String code) {
    return shop.as(
        () ->
            subscriptions.previewOrder(
                shop.customerId(), new SubscriptionOrder(product, cycle, code, null, null)));
  }

  private String ledgerLines() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(amount || ' ' || description, ' | ' ORDER BY id) FROM"
                    + " %s.ledger_entries".formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }
}
