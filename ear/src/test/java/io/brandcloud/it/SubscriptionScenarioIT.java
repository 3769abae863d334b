package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.ChangePreview;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionPriceMoves;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions paid from the wallet on the controllable clock (the shop's time zone is UTC): terms
 * counted from the day ordered across short months and a leap year, an upgrade mid-term credited
 * and charged to the cent, a downgrade at the end of the term, trials, a renewal the wallet cannot
 * pay, cancellation with the unused part given back, and a price change that leaves earlier
 * subscriptions at their price.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionScenarioIT {

  @Inject TestTenants tenants;
  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;
  @EJB SubscriptionPriceMoves moves;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aMonthlyTermFromJanuary31stRenewsOnTheLastDayOfFebruaryAndThe31stOfMarch() {
    shop.open("subs", "100.00", "2027-01-31");
    long product = shop.product("service", "Managed backups", "monthly", "10.00", "5.00", 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    assertThat(ordered.renewsOn()).isEqualTo("2027-02-28");
    assertThat(shop.balance()).isEqualByComparingTo("85.00");

    shop.renewOn("2027-02-27");
    assertThat(shop.balance()).as("not due yet").isEqualByComparingTo("85.00");
    shop.at("2027-02-28");
    // the scheduled job, a partition per tenant, twice: the term is paid once
    assertThat(Jobs.renewSubscriptions()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.renewSubscriptions()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(shop.balance()).as("renewed once").isEqualByComparingTo("75.00");
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2027-03-31");
    shop.renewOn("2027-03-31");
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2027-04-30");
    assertThat(shop.balance()).isEqualByComparingTo("65.00");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
    // renewed in bulk, recorded as one by one: the subscription's events and the audit log
    assertThat(events(ordered.id()))
        .isEqualTo(
            "ordered Managed backups ; paid 15.00 Managed backups, monthly term from 2027-01-31 with"
                + " its set-up fee"
                + " ; paid 10.00 Managed backups, monthly term from 2027-02-28 ; renewed until"
                + " 2027-03-31 ; paid 10.00 Managed backups, monthly term from 2027-03-31 ; renewed"
                + " until 2027-04-30");
    assertThat(audit(ordered.id())).contains("subscription.paid 10.00 Managed backups, monthly");
  }

  @Test
  void aLeapYearsFebruaryHasItsTwentyNinth() {
    shop.open("subs", "100.00", "2028-01-31");
    long product = shop.product("service", "Support plan", "monthly", "20.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    assertThat(ordered.renewsOn()).isEqualTo("2028-02-29");
    shop.renewOn("2028-02-29");
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2028-03-31");
    assertThat(shop.balance()).isEqualByComparingTo("60.00");
  }

  @Test
  void anAnnualTermUpgradedOnDay137IsCreditedAndChargedToTheCent() {
    shop.open("subs", "1000.00", "2027-01-01");
    long basic = shop.product("service", "Managed basic", "annual", "120.00", null, 0);
    long plus = shop.product("service", "Managed plus", "annual", "240.00", null, 0);
    SubscriptionView ordered = shop.order(basic, "annual", null, null);
    assertThat(shop.balance()).isEqualByComparingTo("880.00");

    shop.at("2027-05-17"); // day 137 of 365
    ChangePreview preview =
        shop.as(
            () ->
                subscriptions.previewChange(shop.customerId(), ordered.id(), plus, "annual", true));
    assertThat(preview.credit().amount()).isEqualByComparingTo("75.29");
    assertThat(preview.charge().amount()).isEqualByComparingTo("240.00");
    assertThat(preview.due().amount()).isEqualByComparingTo("164.71");
    assertThat(preview.renewsOn()).isEqualTo("2028-05-17");

    SubscriptionView changed =
        shop.as(
            () ->
                subscriptions.change(shop.customerId(), ordered.id(), plus, "annual", true, null));
    assertThat(changed.productName()).isEqualTo("Managed plus");
    assertThat(changed.renewsOn()).isEqualTo("2028-05-17");
    assertThat(shop.balance()).isEqualByComparingTo("715.29");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aChangeWhosePriceMovedSinceThePreviewIsRefusedAndChargesNothing() {
    shop.open("subs", "1000.00", "2027-01-01");
    long basic = shop.product("service", "Care basic", "annual", "120.00", null, 0);
    long plus = shop.product("service", "Care plus", "annual", "240.00", null, 0);
    SubscriptionView ordered = shop.order(basic, "annual", null, null);
    shop.at("2027-05-17");
    ChangePreview preview =
        shop.as(
            () ->
                subscriptions.previewChange(shop.customerId(), ordered.id(), plus, "annual", true));
    shop.as(() -> products.price(plus, "annual", new BigDecimal("300.00"), null, 0));

    BrandcloudException refused =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        subscriptions.change(
                            shop.customerId(),
                            ordered.id(),
                            plus,
                            "annual",
                            true,
                            preview.due().amount())));
    assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(refused.getMessage()).contains("224.71");
    assertThat(shop.balance()).isEqualByComparingTo("880.00");
    assertThat(shop.subscription(ordered.id()).productName()).isEqualTo("Care basic");
  }

  @Test
  void aDowngradeAtTheEndOfTheTermIsPaidAtTheNewPriceFromThen() {
    shop.open("subs", "100.00", "2027-03-10");
    long plus = shop.product("service", "Priority support", "monthly", "30.00", null, 0);
    long basic = shop.product("service", "Standard support", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(plus, "monthly", null, null);
    shop.at("2027-03-20");
    SubscriptionView asked =
        shop.as(
            () ->
                subscriptions.change(
                    shop.customerId(), ordered.id(), basic, "monthly", false, null));
    assertThat(asked.pendingPriceId()).isNotNull();
    assertThat(shop.balance())
        .as("nothing moves before the term ends")
        .isEqualByComparingTo("70.00");

    shop.renewOn("2027-04-10");
    SubscriptionView renewed = shop.subscription(ordered.id());
    assertThat(renewed.productName()).isEqualTo("Standard support");
    assertThat(renewed.renewsOn()).isEqualTo("2027-05-10");
    assertThat(shop.balance()).isEqualByComparingTo("60.00");
  }

  @Test
  void aTrialThatRunsOutIsChargedWithItsSetUpFeeAndOneCancelledInTheTrialIsNot() {
    shop.open("subs", "100.00", "2027-06-01");
    long product = shop.product("service", "Control panel licence", "monthly", "12.00", "3.00", 14);
    SubscriptionView converts = shop.order(product, "monthly", null, null);
    SubscriptionView cancelled = shop.order(product, "monthly", null, null);
    assertThat(converts.status()).isEqualTo("trial");
    assertThat(converts.renewsOn()).isEqualTo("2027-06-15");
    assertThat(shop.balance()).isEqualByComparingTo("100.00");
    shop.as(() -> subscriptions.cancel(shop.customerId(), cancelled.id(), false));

    shop.renewOn("2027-06-15");
    assertThat(shop.subscription(converts.id()).status()).isEqualTo("active");
    assertThat(shop.subscription(converts.id()).renewsOn()).isEqualTo("2027-07-15");
    assertThat(shop.subscription(cancelled.id()).status()).isEqualTo("cancelled");
    assertThat(shop.balance()).isEqualByComparingTo("85.00");
  }

  @Test
  void aRenewalTheWalletCannotPayIsPastDueUntilATopUpPaysIt() {
    shop.open("subs", "15.00", "2027-02-01");
    long product = shop.product("service", "Managed firewall", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-01");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("past_due");
    assertThat(shop.balance()).isEqualByComparingTo("5.00");
    shop.renewOn("2027-03-02");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("past_due");

    shop.topUp("20.00");
    shop.renewOn("2027-03-03");
    SubscriptionView paid = shop.subscription(ordered.id());
    assertThat(paid.status()).isEqualTo("active");
    assertThat(paid.renewsOn()).as("the term that was due").isEqualTo("2027-04-01");
    assertThat(shop.balance()).isEqualByComparingTo("15.00");
  }

  @Test
  void leftUnpaidItIsSuspendedAfterTheGraceAndAPaymentResumesIt() {
    shop.open("subs", "15.00", "2027-02-01");
    shop.as(() -> settings.change(SettingsChange.dunning(24, 3), "t"));
    long product = shop.product("service", "Managed mail", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-01");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("past_due");
    assertThat(mails()).contains("Managed mail could not be renewed").contains("24 hours");
    shop.renewOn("2027-03-02");
    assertThat(shop.subscription(ordered.id()).status())
        .as("33 hours unpaid")
        .isEqualTo("suspended");
    assertThat(mails()).contains("Managed mail is suspended");

    shop.topUp("20.00");
    // the credit renews it at once, not at the next hourly run
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "active".equals(shop.subscription(ordered.id()).status()));
    SubscriptionView resumed = shop.subscription(ordered.id());
    assertThat(resumed.status()).isEqualTo("active");
    assertThat(resumed.renewsOn()).isEqualTo("2027-04-01");
    assertThat(shop.balance()).isEqualByComparingTo("15.00");
  }

  @Test
  void leftUnpaidPastTheRetentionItEnds() {
    shop.open("subs", "15.00", "2027-02-01");
    shop.as(() -> settings.change(SettingsChange.dunning(24, 3), "t"));
    long product = shop.product("service", "Managed DNS", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-01");
    shop.renewOn("2027-03-02");
    shop.renewOn("2027-03-03");
    assertThat(shop.subscription(ordered.id()).status()).isEqualTo("suspended");
    shop.renewOn("2027-03-04");
    SubscriptionView ended = shop.subscription(ordered.id());
    assertThat(ended.status()).as("three days unpaid").isEqualTo("cancelled");
    assertThat(ended.renewsOn()).isEqualTo("2027-03-01");
    assertThat(mails()).contains("Managed DNS has ended");
    shop.renewOn("2027-03-05");
    assertThat(shop.balance()).isEqualByComparingTo("5.00");
  }

  @Test
  void aChangeWaitingForTheTermsEndThatTheWalletCannotPayWaitsUnpaidUntilATopUp() {
    shop.open("subs", "15.00", "2027-03-10");
    long basic = shop.product("service", "Standard care", "monthly", "10.00", null, 0);
    long plus = shop.product("service", "Priority care", "monthly", "20.00", null, 0);
    SubscriptionView ordered = shop.order(basic, "monthly", null, null);
    shop.as(
        () -> subscriptions.change(shop.customerId(), ordered.id(), plus, "monthly", false, null));

    shop.renewOn("2027-04-10");
    SubscriptionView waiting = shop.subscription(ordered.id());
    assertThat(waiting.status()).isEqualTo("past_due");
    assertThat(waiting.productName()).as("not moved before it is paid").isEqualTo("Standard care");
    assertThat(waiting.renewsOn()).isEqualTo("2027-04-10");
    assertThat(shop.balance()).isEqualByComparingTo("5.00");
    BrandcloudException refused =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        subscriptions.change(
                            shop.customerId(), ordered.id(), plus, "monthly", true, null)));
    assertThat(refused.code())
        .as("no new term that skips the unpaid days")
        .isEqualTo(ErrorCode.CONFLICT);

    shop.topUp("30.00");
    shop.renewOn("2027-04-11");
    SubscriptionView moved = shop.subscription(ordered.id());
    assertThat(moved.status()).isEqualTo("active");
    assertThat(moved.productName()).isEqualTo("Priority care");
    assertThat(moved.renewsOn()).as("from the day the term ended").isEqualTo("2027-05-10");
    assertThat(shop.balance()).isEqualByComparingTo("15.00");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aTrialPaidLateStillBringsItsSetUpFeeAndAnEndedSubscriptionTakesNoMoreChanges() {
    shop.open("subs", "5.00", "2027-06-01");
    long product = shop.product("service", "Backup licence", "monthly", "12.00", "3.00", 14);
    SubscriptionView trial = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-06-15");
    assertThat(shop.subscription(trial.id()).status()).isEqualTo("past_due");
    shop.topUp("20.00");
    shop.renewOn("2027-06-16");
    assertThat(shop.subscription(trial.id()).status()).isEqualTo("active");
    assertThat(shop.balance()).as("the term and its set-up fee").isEqualByComparingTo("10.00");

    shop.as(() -> subscriptions.cancel(shop.customerId(), trial.id(), true));
    BalanceAfter cancelled = new BalanceAfter(shop.balance());
    for (Runnable again :
        List.<Runnable>of(
            () -> subscriptions.cancel(shop.customerId(), trial.id(), true),
            () -> subscriptions.autoRenew(shop.customerId(), trial.id(), true))) {
      BrandcloudException refused =
          assertThrows(
              BrandcloudException.class,
              () ->
                  shop.as(
                      () -> {
                        again.run();
                        return null;
                      }));
      assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
    }
    assertThat(shop.balance()).isEqualByComparingTo(cancelled.balance());
  }

  private record BalanceAfter(BigDecimal balance) {}

  @Test
  void cancellingNowGivesBackTheUnusedDays() {
    shop.open("subs", "100.00", "2027-03-01");
    long product = shop.product("service", "Daily reports", "monthly", "31.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.at("2027-03-11");
    SubscriptionView cancelled =
        shop.as(() -> subscriptions.cancel(shop.customerId(), ordered.id(), true));
    assertThat(cancelled.status()).isEqualTo("cancelled");
    // ten days of 31 held: 10.00 paid, 21.00 back
    assertThat(shop.balance()).isEqualByComparingTo("90.00");
    shop.renewOn("2027-04-01");
    assertThat(shop.balance())
        .as("a cancelled subscription renews no more")
        .isEqualByComparingTo("90.00");
  }

  @Test
  void aNewPriceIsForNewOrdersOnly() {
    shop.open("subs", "100.00", "2027-02-01");
    long product = shop.product("service", "Managed updates", "monthly", "10.00", null, 0);
    SubscriptionView before = shop.order(product, "monthly", null, null);
    shop.as(() -> products.price(product, "monthly", new BigDecimal("12.00"), null, 0));
    SubscriptionView after = shop.order(product, "monthly", null, null);
    assertThat(shop.balance()).isEqualByComparingTo("78.00");

    shop.renewOn("2027-03-01");
    assertThat(shop.subscription(before.id()).price().amount()).isEqualByComparingTo("10.00");
    assertThat(shop.subscription(after.id()).price().amount()).isEqualByComparingTo("12.00");
    assertThat(shop.balance()).isEqualByComparingTo("56.00");
  }

  @Test
  void staffMoveEarlierPricesToTheNewOneAfterTheNoticePeriodAndCustomersAreMailed() {
    shop.open("subs", "100.00", "2027-02-01");
    long product = shop.product("service", "Managed updates", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.as(() -> products.price(product, "monthly", new BigDecimal("12.00"), null, 0));
    shop.at("2027-02-10");
    SubscriptionPriceMoves.Moved moved =
        shop.as(() -> moves.moveToCurrentPrice(product, "monthly"));
    // 30 days' notice by default: the first renewal on or after March 12th is April 1st
    assertThat(moved.subscriptions()).isEqualTo(1);
    assertThat(shop.subscription(ordered.id()).nextPriceFrom()).isEqualTo("2027-04-01");
    assertThat(shop.subscription(ordered.id()).nextPrice().amount()).isEqualByComparingTo("12.00");
    assertThat(mails())
        .contains("a new price for Managed updates", "from its renewal on April 1, 2027")
        .as("money as the shop's locale writes it")
        .contains("costs \u20ac12.00 per term instead of \u20ac10.00");
    assertThat(shop.as(() -> moves.moveToCurrentPrice(product, "monthly")).subscriptions())
        .as("moved once")
        .isZero();

    shop.renewOn("2027-03-01");
    assertThat(shop.balance()).as("March at the old price").isEqualByComparingTo("80.00");
    shop.renewOn("2027-04-01");
    assertThat(shop.balance()).as("April at the new one").isEqualByComparingTo("68.00");
    SubscriptionView renewed = shop.subscription(ordered.id());
    assertThat(renewed.price().amount()).isEqualByComparingTo("12.00");
    assertThat(renewed.nextPrice()).isNull();
    assertThat(renewed.renewsOn()).isEqualTo("2027-05-01");
  }

  @Test
  void aChangeAtTheEndOfATermThatStartedOnThe31stKeepsRenewingAtTheEndOfTheMonth() {
    shop.open("subs", "100.00", "2027-01-31");
    long basic = shop.product("service", "Managed basic", "monthly", "10.00", null, 0);
    long plus = shop.product("service", "Managed plus", "monthly", "20.00", null, 0);
    SubscriptionView ordered = shop.order(basic, "monthly", null, null);
    shop.as(
        () -> subscriptions.change(shop.customerId(), ordered.id(), plus, "monthly", false, null));
    shop.renewOn("2027-02-28");
    assertThat(shop.subscription(ordered.id()).productId()).isEqualTo(plus);
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2027-03-31");
    assertThat(shop.balance()).isEqualByComparingTo("70.00");
  }

  @Test
  void aServiceOrderOpensATicketForStaffInTheOrganisationsName() {
    shop.open("subs", "100.00", "2027-02-01");
    long product = shop.product("service", "Server hardening", "monthly", "29.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> tickets().contains("Order: Server hardening"));
    assertThat(tickets())
        .contains("We ordered Server hardening (monthly, 29.00 EUR per term) on 2027-02-01.");
    shop.as(() -> renewals.renewDue());
    assertThat(tickets().split("Order: ").length).as("one ticket per order").isEqualTo(2);
    assertThat(shop.as(() -> subscriptions.subscription(shop.customerId(), ordered.id()).status()))
        .isEqualTo("active");
  }

  @Test
  void aProductsPoliciesSayWhenItsSubscriptionsChangeAndCancel() {
    shop.open("subs", "100.00", "2027-02-01");
    long basic = shop.product("service", "Managed basic", "monthly", "10.00", null, 0);
    long plus = shop.product("service", "Managed plus", "monthly", "20.00", null, 0);
    shop.as(() -> products.policies(basic, "term_end", "now"));
    SubscriptionView ordered = shop.order(basic, "monthly", null, null);
    assertThat(ordered.changePolicy()).isEqualTo("term_end");

    BrandcloudException changeNow =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        subscriptions.previewChange(
                            shop.customerId(), ordered.id(), plus, "monthly", true)));
    assertThat(changeNow.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(changeNow.getMessage()).contains("changes at the end of the term only");
    BrandcloudException cancelLater =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> subscriptions.cancel(shop.customerId(), ordered.id(), false)));
    assertThat(cancelLater.getMessage()).contains("is cancelled at once only");
    assertThat(
            assertThrows(
                    BrandcloudException.class,
                    () -> shop.as(() -> products.policies(basic, "sometimes", null)))
                .code())
        .isEqualTo(ErrorCode.INVALID_INPUT);

    shop.as(
        () -> subscriptions.change(shop.customerId(), ordered.id(), plus, "monthly", false, null));
    shop.renewOn("2027-03-01");
    assertThat(shop.subscription(ordered.id()).productName()).isEqualTo("Managed plus");
    assertThat(shop.balance()).isEqualByComparingTo("70.00");
  }

  @Test
  void anOrderTheWalletCannotPayIsRefusedAndLeavesNothing() {
    shop.open("subs", "5.00", "2027-02-01");
    long product = shop.product("service", "Managed database", "monthly", "10.00", null, 0);
    BrandcloudException refused =
        assertThrows(BrandcloudException.class, () -> shop.order(product, "monthly", null, null));
    assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).isEmpty();
    assertThat(shop.balance()).isEqualByComparingTo("5.00");
  }

  @Test
  void anOrderSentTwiceIsOneSubscription() {
    shop.open("subs", "100.00", "2027-02-01");
    long product = shop.product("service", "Setup work", "monthly", "10.00", null, 0);
    SubscriptionView first =
        shop.as(
            () ->
                subscriptions.order(
                    shop.customerId(),
                    new SubscriptionOrder(product, "monthly", null, null, "order-1")));
    SubscriptionView again =
        shop.as(
            () ->
                subscriptions.order(
                    shop.customerId(),
                    new SubscriptionOrder(product, "monthly", null, null, "order-1")));
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(shop.balance()).isEqualByComparingTo("90.00");
  }

  private String mails() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(subject || ' ' || body, ' | ') FROM %s.mail_outbox"
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }

  private String events(long subscription) {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                ("SELECT string_agg(trim(kind || ' ' || coalesce(round(amount, 2) || ' ', '')"
                        + " || detail), ' ; ' ORDER BY id) FROM %s.subscription_events"
                        + " WHERE kind <> 'task_opened' AND subscription_id = "
                        + subscription)
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }

  private String audit(long subscription) {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                ("SELECT string_agg(action || ' ' || details, ' | ' ORDER BY id) FROM %s.audit_log"
                        + " WHERE target = 'subscription "
                        + subscription
                        + "'")
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }

  private String tickets() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                ("SELECT string_agg(t.subject || ' ' || m.body, ' | ') FROM %1$s.support_tickets t"
                        + " JOIN %1$s.support_ticket_messages m ON m.ticket_id = t.id")
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }
}
