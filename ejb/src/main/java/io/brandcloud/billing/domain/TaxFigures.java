package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The invoices and credit notes issued over a span of time, as the tax report reads them: by the
 * country and tax treatment each invoice was issued with. A draft is no sale; a voided invoice was
 * issued all the same, and the credit note that voided it takes it back.
 */
public interface TaxFigures {

  /** Each tax charged on an invoice issued in [from, to), summed by country, tax and rate. */
  List<ChargedTax> charged(Instant from, Instant to);

  /** Invoices issued in [from, to), summed by country and tax treatment. */
  List<Sales> sales(Instant from, Instant to);

  /** Credit notes issued in [from, to), each with what its invoice was taxed with. */
  List<Credit> credits(Instant from, Instant to);

  /** Every invoice and credit note issued in [from, to), in the order they were issued. */
  List<Document> documents(Instant from, Instant to);

  /**
   * @param taxable what the tax was charged on: the net amount, with the taxes before it for a
   *     compound tax
   */
  record ChargedTax(
      String country,
      String name,
      BigDecimal ratePercent,
      BigDecimal taxable,
      BigDecimal tax,
      long invoices) {}

  record Sales(
      String country, TaxTreatment treatment, BigDecimal net, BigDecimal tax, long invoices) {}

  /** A credit note, and its invoice's net amount and taxes, to share the credit out over them. */
  record Credit(
      String country,
      TaxTreatment treatment,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal invoiceNet,
      List<ChargedTax> invoiceTaxes) {

    public Credit {
      invoiceTaxes = List.copyOf(invoiceTaxes);
    }
  }

  /**
   * An invoice, or a credit note (with the number of the invoice it corrects), as issued: a credit
   * note's amounts are what it takes back, so they are negative.
   */
  record Document(
      String number,
      String correctedInvoice,
      Instant issuedAt,
      long organisationId,
      String customer,
      String country,
      TaxTreatment treatment,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal total) {}
}
