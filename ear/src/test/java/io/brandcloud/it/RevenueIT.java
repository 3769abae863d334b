package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.DayRange;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.application.RevenueReport;
import io.brandcloud.billing.application.RevenueReports;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The revenue report with figures worked out by hand over three months of a shop that opened with a
 * staff credit of 100.00: a subscription of 10.00 a month with a set-up fee of 5.00 ordered on 31
 * January and renewed on 28 February, an invoice of 40.00 staff wrote and the wallet paid on 10
 * February, and a credit note of 15.00 on it on 2 March.
 */
@ExtendWith(ArquillianExtension.class)
class RevenueIT {

  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @Inject TestTenants tenants;
  @EJB ManualInvoices manual;
  @EJB CreditNotes creditNotes;
  @EJB RevenueReports reports;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void revenueIsWhatWalletsWereChargedLessCreditNotesWithMoneyInAndOutApart() {
    shop.open("revenue", "100.00", "2027-01-31");
    long product = shop.product("service", "Managed backups", "monthly", "10.00", "5.00", 0);
    shop.order(product, "monthly", null, null);
    shop.renewOn("2027-02-28");
    shop.at("2027-02-10");
    long invoice =
        shop.as(
            () -> {
              long draft =
                  manual.draft(
                      shop.customerId(),
                      List.of(new ManualInvoices.LineInput("Migration", new BigDecimal("40.00"))),
                      14,
                      "t");
              manual.issue(shop.customerId(), draft, "t");
              return manual.pay(shop.customerId(), draft).id();
            });
    shop.at("2027-03-02");
    shop.as(
        () ->
            creditNotes.issue(
                shop.customerId(), invoice, new BigDecimal("15.00"), "Goodwill", "rev-cn", "t"));

    RevenueReport report =
        shop.as(
            () ->
                reports.between(new DayRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))));

    assertThat(report.months())
        .extracting(
            RevenueReport.Month::month,
            m -> plain(m.subscriptions().amount()),
            m -> plain(m.invoices().amount()),
            m -> plain(m.creditNotes().amount()),
            m -> plain(m.revenue().amount()),
            m -> plain(m.credits().amount()))
        .containsExactly(
            tuple(YearMonth.of(2027, 1), "15", "0", "0", "15", "100"),
            tuple(YearMonth.of(2027, 2), "10", "40", "0", "50", "0"),
            tuple(YearMonth.of(2027, 3), "0", "0", "15", "-15", "0"));
    assertThat(plain(report.total().revenue().amount())).isEqualTo("50");
    assertThat(plain(report.total().servers().amount())).isEqualTo("0");
    assertThat(plain(report.total().tax().amount())).isEqualTo("0");
    assertThat(plain(report.total().refunds().amount()))
        .as("a credit note's money back to the wallet is no refund to a card")
        .isEqualTo("0");

    Http staff = tenants.staffLogin(shop.fixture());
    HttpResponse<String> api =
        staff.get(shop.fixture().api("/admin/reports/revenue?from=2027-01-01&to=2027-03-31"));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    JsonObject total = Http.json(api.body()).getJsonObject("total");
    assertThat(total.getJsonObject("revenue").getString("amount")).isEqualTo("50");
    assertThat(total.getJsonObject("creditNotes").getString("amount")).isEqualTo("15");
    assertThat(
            staff
                .get(shop.fixture().api("/admin/reports/revenue.csv?from=2027-01-01&to=2027-03-31"))
                .body()
                .lines())
        .contains("\"2027-02\",0.00,10.00,40.00,0.00,50.00,0.00,0.00,0.00,0.00,0.00,0.00,\"EUR\"")
        .contains("\"total\",0.00,25.00,40.00,15.00,50.00,0.00,0.00,0.00,0.00,100.00,0.00,\"EUR\"");
  }

  private static String plain(BigDecimal amount) {
    return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
  }
}
