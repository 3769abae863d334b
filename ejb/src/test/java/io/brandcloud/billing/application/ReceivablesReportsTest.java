package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.billing.application.ReceivablesReport.Range;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivablesReportsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate TODAY = LocalDate.of(2027, 5, 15);

  @Test
  void anInvoiceDueTodayOrLaterIsNotDueYetAndEachAgeEndsWhereTheNextBegins() {
    assertThat(List.of(-9L, 0L, 1L, 30L, 31L, 60L, 61L, 90L, 91L, 400L))
        .extracting(Range::of)
        .containsExactly(
            Range.NOT_DUE,
            Range.NOT_DUE,
            Range.DAYS_1_30,
            Range.DAYS_1_30,
            Range.DAYS_31_60,
            Range.DAYS_31_60,
            Range.DAYS_61_90,
            Range.DAYS_61_90,
            Range.OVER_90,
            Range.OVER_90);
  }

  @Test
  void everyAgeIsListedInOrderWithItsInvoicesAndTheirSum() {
    List<ReceivablesReport.Overdue> open =
        List.of(
            overdue(0, "1.00"),
            overdue(30, "2.00"),
            overdue(31, "4.00"),
            overdue(1, "8.00"),
            overdue(400, "16.00"));

    assertThat(ReceivablesReports.ages(open, EUR))
        .extracting(
            ReceivablesReport.Age::range,
            ReceivablesReport.Age::invoices,
            a -> a.amount().roundedToMinorUnit().toPlainString())
        .containsExactly(
            tuple(Range.NOT_DUE, 1, "1.00"),
            tuple(Range.DAYS_1_30, 2, "10.00"),
            tuple(Range.DAYS_31_60, 1, "4.00"),
            tuple(Range.DAYS_61_90, 0, "0.00"),
            tuple(Range.OVER_90, 1, "16.00"));
  }

  @Test
  void aDebtOfLessThanACentOwesACentAndDebtsAreAddedBeforeTheyAreRounded() {
    assertThat(owed("0.004")).isEqualTo("0.01");
    assertThat(owed("0.005", "0.005", "0.005")).as("0.015 owed together").isEqualTo("0.02");
    assertThat(owed("7.50")).isEqualTo("7.50");
    assertThat(owed()).isEqualTo("0.00");
  }

  private static String owed(String... amounts) {
    return ReceivablesReports.owed(
            java.util.Arrays.stream(amounts).map(BigDecimal::new).toList(), EUR)
        .roundedToMinorUnit()
        .toPlainString();
  }

  private static ReceivablesReport.Overdue overdue(int days, String amount) {
    return new ReceivablesReport.Overdue(
        days,
        "INV-" + days,
        1,
        "Customer",
        TODAY.minusDays(days),
        days > 0 ? days : null,
        Range.of(days),
        Money.of(amount, "EUR"));
  }
}
