package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.Receivables;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The receivables report for staff with billing rights: what customers owe today, in the tenant's
 * currency and time zone. Open invoices are aged here rather than in SQL, as the due day of one
 * issued without a due date is its issue day in the tenant's time zone.
 */
@Stateless
public class ReceivablesReports {

  @Inject Receivables receivables;
  @Inject ApplicationClock clock;

  public ReceivablesReport today() {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    Currency currency = tenant.currency();
    LocalDate today = clock.now().atZone(zone).toLocalDate();
    List<ReceivablesReport.Overdue> invoices =
        receivables.openInvoices().stream()
            .map(i -> overdue(i, today, zone, currency))
            .sorted(
                Comparator.comparing(ReceivablesReport.Overdue::dueOn)
                    .thenComparing(ReceivablesReport.Overdue::invoiceId))
            .toList();
    List<Receivables.Debt> debts = receivables.debts();
    List<Receivables.OpenDispute> disputes = receivables.openDisputes();
    return new ReceivablesReport(
        today,
        ages(invoices, currency),
        sum(invoices.stream().map(ReceivablesReport.Overdue::amount).toList(), currency),
        invoices,
        owed(debts.stream().map(Receivables.Debt::amount).toList(), currency),
        debts.stream()
            .map(
                d ->
                    new ReceivablesReport.Debt(
                        d.organisationId(),
                        d.customer(),
                        owed(List.of(d.amount()), currency),
                        d.since() == null ? null : day(d.since(), zone)))
            .toList(),
        cents(disputes.stream().map(Receivables.OpenDispute::amount).toList(), currency),
        disputes.stream()
            .map(
                d ->
                    new ReceivablesReport.Dispute(
                        d.id(),
                        d.paymentId(),
                        d.organisationId(),
                        d.customer(),
                        day(d.openedAt(), zone),
                        cents(List.of(d.amount()), currency)))
            .toList());
  }

  private static ReceivablesReport.Overdue overdue(
      Receivables.OpenInvoice invoice, LocalDate today, ZoneId zone, Currency currency) {
    LocalDate due = invoice.dueOn() != null ? invoice.dueOn() : day(invoice.issuedAt(), zone);
    long days = ChronoUnit.DAYS.between(due, today);
    return new ReceivablesReport.Overdue(
        invoice.id(),
        invoice.number(),
        invoice.organisationId(),
        invoice.customer(),
        due,
        days > 0 ? (int) days : null,
        ReceivablesReport.Range.of(days),
        new Money(invoice.amount(), currency));
  }

  static List<ReceivablesReport.Age> ages(
      List<ReceivablesReport.Overdue> invoices, Currency currency) {
    return Arrays.stream(ReceivablesReport.Range.values())
        .map(
            range -> {
              List<Money> amounts =
                  invoices.stream()
                      .filter(o -> o.range() == range)
                      .map(ReceivablesReport.Overdue::amount)
                      .toList();
              return new ReceivablesReport.Age(range, amounts.size(), sum(amounts, currency));
            })
        .toList();
  }

  /**
   * What wallets below zero owe together, to the cent above: a balance keeps six places, and a debt
   * of less than a cent is still a debt dunning acts on.
   */
  static Money owed(List<BigDecimal> amounts, Currency currency) {
    return new Money(
        exactSum(amounts).setScale(currency.getDefaultFractionDigits(), RoundingMode.UP), currency);
  }

  private static Money cents(List<BigDecimal> amounts, Currency currency) {
    Money exact = new Money(exactSum(amounts), currency);
    return new Money(exact.roundedToMinorUnit(), currency);
  }

  private static BigDecimal exactSum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Money sum(List<Money> amounts, Currency currency) {
    return amounts.stream().reduce(Money.zero(currency), Money::plus);
  }

  private static LocalDate day(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }
}
