package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.application.RevenueBreakdown;
import io.brandcloud.billing.application.RevenueReport;
import io.brandcloud.billing.application.RevenueReports;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.billing.domain.RevenueSources;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.DayRange;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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

  /**
   * The platform's report of every tenant has this shop's totals, as CSV too; only for operators.
   */
  private void operatorsReadTheSameTotalsAmongEveryTenants(Http staff) {
    String slug = shop.tenant().slug();
    Http operator =
        new Http(Http.localServer()).as("operator@brandcloud.local", "it-operator-password");
    String report = "api/platform/v1/reports/revenue?from=2027-01-01&to=2027-03-31";
    HttpResponse<String> answer = operator.get(report);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject ours =
        Http.json(answer.body()).getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
            .filter(tenant -> tenant.getString("tenant").equals(slug))
            .findFirst()
            .orElseThrow();
    JsonObject total = ours.getJsonObject("total");
    assertThat(total.getJsonObject("revenue").getString("amount")).isEqualTo("50");
    assertThat(total.getJsonObject("revenue").getString("currency")).isEqualTo("EUR");
    assertThat(total.getJsonObject("credits").getString("amount")).isEqualTo("100");
    assertThat(operator.get(report.replace("revenue?", "revenue.csv?")).body().lines())
        .contains(
            "\""
                + slug
                + "\",\""
                + ours.getString("name")
                + "\",\"active\",0.00,25.00,40.00,15.00,50.00,0.00,0.00,0.00,0.00,100.00,0.00,\"EUR\"");
    assertThat(
            operator
                .get("api/platform/v1/reports/revenue?from=2027-04-01&to=2027-03-31")
                .statusCode())
        .isEqualTo(400);
    assertThat(staff.get(report).statusCode())
        .as("a tenant's staff do not read the platform's report")
        .isEqualTo(401);
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
                reports.between(
                    new DayRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)),
                    RevenuePeriod.MONTH));

    assertThat(report.periods())
        .extracting(
            p -> YearMonth.from(p.start()),
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

    RevenueBreakdown sources =
        shop.as(
            () ->
                reports.sources(new DayRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))));
    assertThat(sources.lines())
        .extracting(
            RevenueBreakdown.Line::kind,
            RevenueBreakdown.Line::name,
            l -> plain(l.amount().amount()))
        .containsExactly(
            tuple("subscriptions", "Managed backups", "25"),
            tuple("invoices", null, "40"),
            tuple("credit_notes", null, "-15"));
    assertThat(sources.total()).isEqualTo(report.total().revenue());

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
        .contains(
            "\"2027-02-01\",\"2027-02-28\",0.00,10.00,40.00,0.00,50.00,0.00,0.00,0.00,0.00,0.00,0.00,\"EUR\"")
        .contains(
            "\"total\",\"2027-03-31\",0.00,25.00,40.00,15.00,50.00,0.00,0.00,0.00,0.00,100.00,0.00,\"EUR\"");

    operatorsReadTheSameTotalsAmongEveryTenants(staff);

    // February 2027 begins on a Monday: the invoice falls in its second week, the renewal in its
    // last
    HttpResponse<String> weeks =
        staff.get(
            shop.fixture().api("/admin/reports/revenue?from=2027-02-01&to=2027-02-28&by=week"));
    assertThat(weeks.statusCode()).as(weeks.body()).isEqualTo(200);
    assertThat(Http.json(weeks.body()).getString("by")).isEqualTo("week");
    assertThat(
            Http.json(weeks.body()).getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .map(
                    p ->
                        p.getString("start")
                            + "/"
                            + p.getString("end")
                            + "="
                            + p.getJsonObject("revenue").getString("amount")))
        .containsExactly(
            "2027-02-01/2027-02-07=0",
            "2027-02-08/2027-02-14=40",
            "2027-02-15/2027-02-21=0",
            "2027-02-22/2027-02-28=10");
    HttpResponse<String> day =
        staff.get(
            shop.fixture().api("/admin/reports/revenue?from=2027-02-10&to=2027-02-10&by=day"));
    assertThat(Http.json(day.body()).getJsonArray("periods")).hasSize(1);
    assertThat(
            Http.json(day.body())
                .getJsonObject("total")
                .getJsonObject("invoices")
                .getString("amount"))
        .isEqualTo("40");
    HttpResponse<String> subscriptions =
        staff.get(
            shop.fixture().api("/admin/exports/subscriptions.csv?from=2027-01-01&to=2027-03-31"));
    assertThat(subscriptions.statusCode()).as(subscriptions.body()).isEqualTo(200);
    assertThat(subscriptions.body().lines().toList())
        .hasSize(2)
        .last()
        .asString()
        .contains(",\"Managed backups\",\"monthly\",10.000000,\"EUR\",\"active\",\"yes\",\"no\",");

    // the term from 31 January covers January's end, the renewal from 28 February February's and
    // today's, 2 March; the staff credit is no payment, so no cohort
    HttpResponse<String> runRate =
        staff.get(shop.fixture().api("/admin/reports/run-rate?from=2027-01&to=2027-03"));
    assertThat(runRate.statusCode()).as(runRate.body()).isEqualTo(200);
    JsonObject rates = Http.json(runRate.body());
    assertThat(
            rates.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .map(
                    m ->
                        m.getString("month")
                            + " "
                            + m.getJsonObject("mrr").getString("amount")
                            + " "
                            + m.getInt("customers")
                            + " "
                            + m.getJsonObject("newMrr").getString("amount")
                            + " "
                            + (m.containsKey("netRetention")
                                ? m.getJsonNumber("netRetention")
                                : "-")))
        .containsExactly("2027-01 10 1 10 -", "2027-02 10 1 0 100.0", "2027-03 10 1 0 100.0");
    assertThat(rates.getJsonArray("cohorts")).isEmpty();
    for (String refused :
        List.of(
            "/admin/reports/run-rate?to=2099-01",
            "/admin/reports/run-rate?from=2027-13",
            "/admin/reports/run-rate?from=2027-03&to=2027-01")) {
      assertThat(staff.get(shop.fixture().api(refused)).statusCode()).as(refused).isEqualTo(400);
    }
    for (String refused :
        List.of("/admin/reports/revenue?by=year", "/admin/reports/revenue.csv?by=quarter")) {
      HttpResponse<String> answer = staff.get(shop.fixture().api(refused));
      assertThat(answer.statusCode()).as(refused + " " + answer.body()).isEqualTo(400);
      assertThat(
              Http.json(answer.body())
                  .getJsonObject("error")
                  .getJsonObject("details")
                  .getString("field"))
          .isEqualTo("by");
    }
  }

  @Test
  void serverHoursCountUnderTheirPlanRegionAndConnectionAndAddUpToRevenue() {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture fixture =
        tenants.withCustomer(TestTenants.uniqueSlug("hours"), new BigDecimal("20.00"));
    scenario.runningServer(fixture, fixture.customerId(), "web-1");
    // running from 10:21: the hours from 10:00 to 15:00 are charged by 15:20, 0.01 each
    assertThat(Jobs.chargeUpTo(start.plus(Duration.ofHours(5)))).isEqualTo(BatchStatus.COMPLETED);
    LocalDate day = LocalDate.ofInstant(start, fixture.tenant().timeZone());
    DayRange range = new DayRange(day.minusDays(1), day.plusDays(1));

    for (RevenueSources.ServerGroup group : RevenueSources.ServerGroup.values()) {
      RevenueBreakdown hours = fixture.as(() -> reports.serverHours(range, group));
      assertThat(hours.lines())
          .as(group.name())
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.count()).isEqualTo(6);
                assertThat(plain(l.amount().amount())).isEqualTo("0.06");
              });
      assertThat(hours.lines().get(0).name())
          .isEqualTo(
              switch (group) {
                case PLAN -> "Small";
                case REGION -> "Amsterdam (simulated)";
                case CONNECTION -> "Simulator";
              });
    }
    RevenueBreakdown sources = fixture.as(() -> reports.sources(range));
    assertThat(sources.lines())
        .extracting(
            RevenueBreakdown.Line::kind, RevenueBreakdown.Line::name, RevenueBreakdown.Line::count)
        .containsExactly(tuple("server_hours", "Small", 6L));
    assertThat(sources.total())
        .isEqualTo(fixture.as(() -> reports.between(range, RevenuePeriod.DAY)).total().revenue());

    Http staff = tenants.staffLogin(fixture);
    HttpResponse<String> byRegion =
        staff.get(
            fixture.api(
                "/admin/reports/revenue/servers?group=region&from="
                    + range.from()
                    + "&to="
                    + range.to()));
    assertThat(byRegion.statusCode()).as(byRegion.body()).isEqualTo(200);
    JsonObject line = Http.json(byRegion.body()).getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("name")).isEqualTo("Amsterdam (simulated)");
    assertThat(line.getInt("count")).isEqualTo(6);
    assertThat(staff.get(fixture.api("/admin/reports/revenue/servers?group=planet")).statusCode())
        .isEqualTo(400);
    HttpResponse<String> api =
        staff.get(
            fixture.api(
                "/admin/reports/revenue/sources?from=" + range.from() + "&to=" + range.to()));
    assertThat(Http.json(api.body()).getJsonObject("total").getString("amount")).isEqualTo("0.06");

    String days = "?from=" + range.from() + "&to=" + range.to();
    HttpResponse<String> margin = staff.get(fixture.api("/admin/reports/margin" + days));
    assertThat(margin.statusCode()).as(margin.body()).isEqualTo(200);
    JsonObject small = Http.json(margin.body()).getJsonArray("lines").getJsonObject(0);
    assertThat(small.getString("plan")).isEqualTo("Small");
    assertThat(small.getString("connection")).isEqualTo("Simulator");
    assertThat(small.getString("month")).isEqualTo(YearMonth.from(day).toString());
    assertThat(small.getInt("hours")).isEqualTo(6);
    assertThat(small.getJsonObject("paid").getString("amount")).isEqualTo("0.06");
    // Small resells the simulator's sim-1 at 5.00 a month: 0.006849 an hour
    assertThat(small.getJsonObject("upstream").getString("amount")).isEqualTo("0.041094");
    assertThat(small.getJsonObject("margin").getString("amount")).isEqualTo("0.018906");
    assertThat(small.getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("31.5");
    assertThat(staff.get(fixture.api("/admin/reports/margin.csv" + days)).body().lines())
        .containsExactly(
            "\"month\",\"plan\",\"connection\",\"hours\",\"paid\",\"upstream_cost\",\"margin\","
                + "\"margin_percent\",\"currency\"",
            "\"" + YearMonth.from(day) + "\",\"Small\",\"Simulator\",6,0.06,0.04,0.02,31.5,\"EUR\"",
            "\"total\",,,6,0.06,0.04,0.02,31.5,\"EUR\"");
    assertThat(staff.get(fixture.api("/admin/reports/margin?from=2027-02-30")).statusCode())
        .isEqualTo(400);
  }

  private static String plain(BigDecimal amount) {
    return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
  }
}
