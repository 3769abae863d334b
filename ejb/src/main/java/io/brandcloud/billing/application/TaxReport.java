package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.TaxFigures;
import io.brandcloud.billing.domain.TaxTreatment;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tax a shop charged over a range of days, as a VAT or OSS return asks for it: each rate of
 * each country with what it was charged on, and the sales of each country by how they were taxed
 * (charged, reverse charge, exempt, none due), each less the credit notes issued over the range. A
 * credit note takes back its invoice's taxes in the shares they were charged in, to the cent.
 */
public record TaxReport(DayRange range, List<Rate> rates, List<Sale> sales, Money net, Money tax) {

  /** A tax of a country at a rate: how many invoices charged it, on what, and how much. */
  public record Rate(
      String country,
      String name,
      BigDecimal ratePercent,
      long invoices,
      Money taxable,
      Money tax) {}

  /** What a country's customers bought under one treatment, net and the tax on it. */
  public record Sale(String country, TaxTreatment treatment, long invoices, Money net, Money tax) {}

  static TaxReport of(
      DayRange range,
      List<TaxFigures.ChargedTax> charged,
      List<TaxFigures.Sales> sold,
      List<TaxFigures.Credit> credits,
      Currency currency) {
    Map<List<Object>, Rate> rates = new LinkedHashMap<>();
    for (TaxFigures.ChargedTax c : charged) {
      add(rates, c, c.invoices(), money(c.taxable(), currency), money(c.tax(), currency));
    }
    Map<List<Object>, Sale> sales = new LinkedHashMap<>();
    for (TaxFigures.Sales s : sold) {
      add(
          sales,
          s.country(),
          s.treatment(),
          s.invoices(),
          money(s.net(), currency),
          money(s.tax(), currency));
    }
    for (TaxFigures.Credit credit : credits) {
      Money net = money(credit.net(), currency).negate();
      Money tax = money(credit.tax(), currency).negate();
      add(sales, credit.country(), credit.treatment(), 0, net, tax);
      shareOut(credit, currency)
          .forEach(share -> add(rates, share.tax, 0, share.taxable, share.amount));
    }
    Money totalNet =
        sales.values().stream().map(Sale::net).reduce(Money.zero(currency), Money::plus);
    Money totalTax =
        sales.values().stream().map(Sale::tax).reduce(Money.zero(currency), Money::plus);
    return new TaxReport(
        range,
        rates.values().stream().sorted(RATE_ORDER).toList(),
        sales.values().stream().sorted(SALE_ORDER).toList(),
        totalNet,
        totalTax);
  }

  private static final Comparator<String> COUNTRY = Comparator.nullsLast(Comparator.naturalOrder());
  private static final Comparator<Rate> RATE_ORDER =
      Comparator.comparing(Rate::country, COUNTRY)
          .thenComparing(Rate::name)
          .thenComparing(Rate::ratePercent);
  private static final Comparator<Sale> SALE_ORDER =
      Comparator.comparing(Sale::country, COUNTRY).thenComparing(Sale::treatment);

  private record Share(TaxFigures.ChargedTax tax, Money taxable, Money amount) {}

  /**
   * A credit note's tax over its invoice's taxes, in proportion to what each charged; the last
   * takes what rounding left, so the shares add up to the credit note's tax.
   */
  private static List<Share> shareOut(TaxFigures.Credit credit, Currency currency) {
    List<TaxFigures.ChargedTax> taxes = credit.invoiceTaxes();
    BigDecimal invoiceTax =
        taxes.stream().map(TaxFigures.ChargedTax::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    int scale = currency.getDefaultFractionDigits();
    List<Share> shares = new ArrayList<>();
    BigDecimal left = credit.tax();
    for (int i = 0; i < taxes.size(); i++) {
      TaxFigures.ChargedTax tax = taxes.get(i);
      BigDecimal amount =
          i == taxes.size() - 1
              ? left
              : invoiceTax.signum() == 0
                  ? BigDecimal.ZERO
                  : credit
                      .tax()
                      .multiply(tax.tax())
                      .divide(invoiceTax, scale, RoundingMode.HALF_UP);
      left = left.subtract(amount);
      BigDecimal taxable =
          credit.invoiceNet().signum() == 0
              ? BigDecimal.ZERO
              : tax.taxable()
                  .multiply(credit.net())
                  .divide(credit.invoiceNet(), scale, RoundingMode.HALF_UP);
      shares.add(
          new Share(tax, money(taxable, currency).negate(), money(amount, currency).negate()));
    }
    return shares;
  }

  private static void add(
      Map<List<Object>, Rate> rates,
      TaxFigures.ChargedTax tax,
      long invoices,
      Money taxable,
      Money amount) {
    // 20 and 20.0000 percent are one rate, written 20 (not 2E+1)
    BigDecimal stripped = tax.ratePercent().stripTrailingZeros();
    BigDecimal rate = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    rates.merge(
        java.util.Arrays.asList(tax.country(), tax.name(), rate),
        new Rate(tax.country(), tax.name(), rate, invoices, taxable, amount),
        (a, b) ->
            new Rate(
                a.country(),
                a.name(),
                a.ratePercent(),
                a.invoices() + b.invoices(),
                a.taxable().plus(b.taxable()),
                a.tax().plus(b.tax())));
  }

  private static void add(
      Map<List<Object>, Sale> sales,
      String country,
      TaxTreatment treatment,
      long invoices,
      Money net,
      Money tax) {
    sales.merge(
        java.util.Arrays.asList(country, treatment),
        new Sale(country, treatment, invoices, net, tax),
        (a, b) ->
            new Sale(
                a.country(),
                a.treatment(),
                a.invoices() + b.invoices(),
                a.net().plus(b.net()),
                a.tax().plus(b.tax())));
  }

  private static Money money(BigDecimal amount, Currency currency) {
    return new Money(Objects.requireNonNull(amount), currency);
  }
}
