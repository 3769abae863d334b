package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.NumberedInvoice;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TaxLine;
import io.brandcloud.shared.UnnestColumns;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a batch of numbered invoices with one statement per table, and charges their tax to the
 * prepaid wallets: one ledger row per invoice (its reference is the invoice number, so it is booked
 * once) and the balance moved by the same amount, in the caller's transaction.
 */
public final class IssuedInvoices {

  private IssuedInvoices() {}

  /**
   * @param seller the seller as the invoices print it, kept with each
   */
  public static void store(
      Connection connection,
      List<NumberedInvoice> invoices,
      Instant issuedAt,
      String seller,
      String actor)
      throws SQLException {
    if (invoices.isEmpty()) {
      return;
    }
    Map<String, Long> ids = insertDocuments(connection, invoices, issuedAt, seller);
    insertPayments(connection, invoices, ids);
    chargeTax(connection, invoices, issuedAt, actor);
  }

  /**
   * Stores invoices with their lines and taxes and nothing else: what they bill is paid (or not) by
   * the caller, in the same transaction. Returns their ids by number.
   */
  public static Map<String, Long> insertDocuments(
      Connection connection, List<NumberedInvoice> invoices, Instant issuedAt, String seller)
      throws SQLException {
    if (invoices.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> ids = insertInvoices(connection, invoices, issuedAt, seller);
    insertLines(connection, invoices, ids);
    insertTaxes(connection, invoices, ids);
    return ids;
  }

  private static Map<String, Long> insertInvoices(
      Connection connection, List<NumberedInvoice> invoices, Instant issuedAt, String seller)
      throws SQLException {
    UnnestColumns columns = new UnnestColumns(connection);
    for (NumberedInvoice numbered : invoices) {
      ProposedInvoice invoice = numbered.invoice();
      columns
          .add("varchar", numbered.number())
          .add("bigint", invoice.organisationId())
          .add("date", invoice.periodStart())
          .add("date", invoice.periodEnd())
          .add("varchar", invoice.total().currency().getCurrencyCode())
          .add("numeric", invoice.subtotal().roundedToMinorUnit())
          .add("numeric", invoice.taxTotal().roundedToMinorUnit())
          .add("numeric", invoice.total().roundedToMinorUnit())
          .add("varchar", invoice.taxes().note())
          .add("varchar", invoice.billedTo().printed())
          .add("varchar", invoice.billedTo().country())
          .add("varchar", invoice.taxes().treatment().name())
          .add("varchar", numbered.terms().kind().name())
          .add("varchar", numbered.terms().status().name())
          .add("date", numbered.terms().dueOn())
          .add("timestamptz", numbered.terms().paidAt())
          .add("bigint", numbered.terms().subscriptionId())
          .add("varchar", numbered.terms().sourceReference())
          .endRow();
    }
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO invoices (number, organisation_id, period_start, period_end, currency,"
                + " subtotal, tax_total, total, tax_note, billed_to, tax_country, tax_treatment,"
                + " kind, status, due_on, paid_at, subscription_id, source_reference, issued_at,"
                + " seller)"
                + " SELECT u.*, ?, ?"
                + " FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS u"
                + " RETURNING id, number")) {
      insert.setTimestamp(1, Timestamp.from(issuedAt));
      insert.setString(2, seller);
      columns.bind(insert, 3);
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(2), rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void insertLines(
      Connection connection, List<NumberedInvoice> invoices, Map<String, Long> ids)
      throws SQLException {
    UnnestColumns columns = new UnnestColumns(connection);
    for (NumberedInvoice numbered : invoices) {
      int position = 1;
      for (ProposedInvoice.Line line : numbered.invoice().lines()) {
        columns
            .add("bigint", ids.get(numbered.number()))
            .add("integer", position++)
            .add("bigint", line.serverId())
            .add("varchar", line.description())
            .add("integer", line.hours())
            .add("numeric", line.amount().roundedToMinorUnit())
            .add("varchar", line.text().wordingName())
            .add("varchar", line.text().valuesJson())
            .endRow();
      }
    }
    columns.insert(
        "INSERT INTO invoice_lines (invoice_id, position, server_id, description, hours, amount,"
            + " wording, wording_values) SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static void insertTaxes(
      Connection connection, List<NumberedInvoice> invoices, Map<String, Long> ids)
      throws SQLException {
    UnnestColumns columns = new UnnestColumns(connection);
    for (NumberedInvoice numbered : invoices) {
      int position = 1;
      for (TaxLine tax : numbered.invoice().taxes().lines()) {
        columns
            .add("bigint", ids.get(numbered.number()))
            .add("integer", position++)
            .add("varchar", tax.name())
            .add("numeric", tax.ratePercent())
            .add("boolean", tax.compound())
            .add("numeric", tax.amount().roundedToMinorUnit())
            .endRow();
      }
    }
    columns.insert(
        "INSERT INTO invoice_taxes (invoice_id, position, name, rate_percent, compound, amount)"
            + " SELECT * FROM unnest(?, ?, ?, ?, ?, ?)");
  }

  private static void insertPayments(
      Connection connection, List<NumberedInvoice> invoices, Map<String, Long> ids)
      throws SQLException {
    UnnestColumns columns = new UnnestColumns(connection);
    for (NumberedInvoice numbered : invoices) {
      int position = 1;
      for (ProposedInvoice.Payment payment : numbered.invoice().payments()) {
        columns
            .add("bigint", ids.get(numbered.number()))
            .add("integer", position++)
            .add("date", payment.paidOn())
            .add("varchar", payment.description())
            .add("numeric", payment.amount().roundedToMinorUnit())
            .add("varchar", payment.text().wordingName())
            .add("varchar", payment.text().valuesJson())
            .endRow();
      }
    }
    columns.insert(
        "INSERT INTO invoice_payments (invoice_id, position, paid_on, description, amount,"
            + " wording, wording_values) SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?)");
  }

  private static void chargeTax(
      Connection connection, List<NumberedInvoice> invoices, Instant issuedAt, String actor)
      throws SQLException {
    UnnestColumns columns = new UnnestColumns(connection);
    for (NumberedInvoice numbered : invoices) {
      BigDecimal tax = numbered.invoice().taxTotal().roundedToMinorUnit();
      if (tax.signum() > 0) {
        columns
            .add("bigint", numbered.invoice().organisationId())
            .add("varchar", numbered.number())
            .add("numeric", tax)
            .endRow();
      }
    }
    if (columns.isEmpty()) {
      return;
    }
    try (PreparedStatement charge =
        connection.prepareStatement(
            "WITH tax (organisation_id, number, amount) AS (SELECT * FROM unnest(?, ?, ?)),"
                + " booked AS (INSERT INTO ledger_entries (wallet_id, type, amount, reference,"
                + " description, wording, wording_values, created_by, created_at)"
                + " SELECT w.id, 'TAX', -tax.amount, 'tax:' || tax.number,"
                + " 'Tax on invoice ' || tax.number, 'INVOICE_TAX',"
                + " json_build_array(tax.number)::text, ?, ?"
                + " FROM tax JOIN wallets w ON w.organisation_id = tax.organisation_id"
                + " ON CONFLICT (reference) DO NOTHING RETURNING wallet_id, amount)"
                + " UPDATE wallets w SET balance = w.balance + booked.amount"
                + " FROM booked WHERE w.id = booked.wallet_id")) {
      int next = columns.bind(charge, 1);
      charge.setString(next, actor);
      charge.setTimestamp(next + 1, Timestamp.from(issuedAt));
      charge.executeUpdate();
    }
  }
}
