package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.application.ReceivablesReport;
import io.brandcloud.billing.application.ReceivablesReport.Range;
import io.brandcloud.billing.application.ReceivablesReports;
import io.brandcloud.billing.application.Wallets;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receivables report with figures worked out by hand: five invoices staff wrote on different
 * days, each due 14 days after it was issued, read on 15 May 2027 (2027 has no 29 February), beside
 * a wallet below zero; a paid invoice is no longer owed.
 */
@ExtendWith(ArquillianExtension.class)
class ReceivablesIT {

  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @EJB ManualInvoices manual;
  @EJB ReceivablesReports reports;
  @EJB Wallets wallets;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void openInvoicesAreAgedByDaysOverdueBesideWalletsBelowZero() {
    shop.open("receivables", "0.00", "2027-01-01");
    String jan = issueOn("2027-01-01", "100.00"); // due 15 Jan: 120 days overdue
    String feb = issueOn("2027-02-01", "50.00"); // due 15 Feb: 89 days
    String mar = issueOn("2027-03-20", "20.00"); // due 3 Apr: 42 days
    String apr = issueOn("2027-04-01", "10.00"); // due 15 Apr: 30 days, the first age's last
    String may = issueOn("2027-05-10", "5.00"); // due 24 May: not due yet
    shop.as(
        () ->
            wallets.debit(
                shop.customerId(), new BigDecimal("7.50"), "Usage", "receivables-debt", "t", true));

    shop.at("2027-05-15");
    ReceivablesReport report = shop.as(reports::today);

    assertThat(report.asOf()).isEqualTo(LocalDate.of(2027, 5, 15));
    assertThat(report.invoices())
        .extracting(
            ReceivablesReport.Overdue::number,
            ReceivablesReport.Overdue::dueOn,
            ReceivablesReport.Overdue::daysOverdue,
            ReceivablesReport.Overdue::range,
            i -> i.amount().roundedToMinorUnit().toPlainString())
        .containsExactly(
            tuple(jan, LocalDate.of(2027, 1, 15), 120, Range.OVER_90, "100.00"),
            tuple(feb, LocalDate.of(2027, 2, 15), 89, Range.DAYS_61_90, "50.00"),
            tuple(mar, LocalDate.of(2027, 4, 3), 42, Range.DAYS_31_60, "20.00"),
            tuple(apr, LocalDate.of(2027, 4, 15), 30, Range.DAYS_1_30, "10.00"),
            tuple(may, LocalDate.of(2027, 5, 24), null, Range.NOT_DUE, "5.00"));
    assertThat(report.ages())
        .extracting(
            ReceivablesReport.Age::range,
            ReceivablesReport.Age::invoices,
            a -> a.amount().roundedToMinorUnit().toPlainString())
        .containsExactly(
            tuple(Range.NOT_DUE, 1, "5.00"),
            tuple(Range.DAYS_1_30, 1, "10.00"),
            tuple(Range.DAYS_31_60, 1, "20.00"),
            tuple(Range.DAYS_61_90, 1, "50.00"),
            tuple(Range.OVER_90, 1, "100.00"));
    assertThat(report.invoicesTotal().roundedToMinorUnit()).isEqualByComparingTo("185.00");
    assertThat(report.debts())
        .extracting(ReceivablesReport.Debt::organisationId, d -> d.amount().roundedToMinorUnit())
        .containsExactly(tuple(shop.customerId(), new BigDecimal("7.50")));
    assertThat(report.debtsTotal().roundedToMinorUnit()).isEqualByComparingTo("7.50");
    assertThat(report.disputes()).isEmpty();
    assertThat(report.settled()).isFalse();

    shop.topUp("200.00");
    long paid = invoiceId(report, may);
    shop.as(() -> manual.pay(shop.customerId(), paid));
    ReceivablesReport afterPaying = shop.as(reports::today);
    assertThat(afterPaying.invoices())
        .extracting(ReceivablesReport.Overdue::number)
        .as("paid from the wallet, which the top-up took out of the red")
        .containsExactly(jan, feb, mar, apr);
    assertThat(afterPaying.debts()).isEmpty();
  }

  /** Writes and issues a one-line invoice on {@code day}, due 14 days later; its number. */
  private String issueOn(String day, String amount) {
    shop.at(day);
    return shop.as(
        () -> {
          long draft =
              manual.draft(
                  shop.customerId(),
                  List.of(new ManualInvoices.LineInput("Work", new BigDecimal(amount))),
                  14,
                  "t");
          return manual.issue(shop.customerId(), draft, "t").number();
        });
  }

  private static long invoiceId(ReceivablesReport report, String number) {
    return report.invoices().stream()
        .filter(i -> i.number().equals(number))
        .findFirst()
        .orElseThrow()
        .invoiceId();
  }
}
