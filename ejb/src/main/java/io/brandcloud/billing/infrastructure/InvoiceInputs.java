package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.InvoiceInput;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.ServerUsage;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.identity.domain.OrganisationOwner;
import io.brandcloud.shared.Money;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the inputs of many organisations' invoices for one period with a handful of set-based
 * statements, after locking the organisations so that concurrent issuers wait for each other.
 */
public final class InvoiceInputs {

  private InvoiceInputs() {}

  /**
   * Locks the organisations (in id order, so issuers never deadlock) and returns the inputs of
   * those not yet invoiced for the period that starts on {@code periodStart}.
   */
  public static List<InvoiceInput> lockAndRead(
      Connection connection,
      List<Long> organisationIds,
      LocalDate periodStart,
      Instant from,
      Instant to,
      ZoneId zone,
      Currency currency)
      throws SQLException {
    Array ids = connection.createArrayOf("bigint", organisationIds.toArray(Long[]::new));
    Map<Long, BillingParty> parties = lockParties(connection, ids);
    parties.keySet().removeAll(alreadyInvoiced(connection, ids, periodStart));
    if (parties.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ServerUsage>> usage = usage(connection, ids, from, to, currency);
    Map<Long, List<ProposedInvoice.Payment>> payments =
        topUps(connection, ids, from, to, zone, currency);
    Map<Long, List<ProposedInvoice.Line>> charges =
        overages(connection, ids, periodStart, currency);
    Map<Long, OrganisationOwner> owners = owners(connection, ids);
    List<InvoiceInput> inputs = new ArrayList<>();
    for (var party : parties.entrySet()) {
      long id = party.getKey();
      inputs.add(
          new InvoiceInput(
              id,
              party.getValue(),
              owners.get(id),
              usage.getOrDefault(id, List.of()),
              charges.getOrDefault(id, List.of()),
              payments.getOrDefault(id, List.of())));
    }
    return inputs;
  }

  private static Map<Long, BillingParty> lockParties(Connection connection, Array ids)
      throws SQLException {
    Map<Long, BillingParty> parties = new TreeMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, name, billing_address, country, region, tax_id, tax_exempt,"
                + " tax_id_status"
                + " FROM organisations WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          parties.put(
              rows.getLong(1),
              new BillingParty(
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getBoolean(7),
                  TaxIdStatus.of(rows.getString(8))));
        }
      }
    }
    return parties;
  }

  private static Set<Long> alreadyInvoiced(Connection connection, Array ids, LocalDate start)
      throws SQLException {
    Set<Long> invoiced = new HashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT organisation_id FROM invoices WHERE kind = 'USAGE' AND organisation_id = ANY (?)"
                + " AND period_start = ?")) {
      select.setArray(1, ids);
      select.setObject(2, start);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          invoiced.add(rows.getLong(1));
        }
      }
    }
    return invoiced;
  }

  private static Map<Long, List<ServerUsage>> usage(
      Connection connection, Array ids, Instant from, Instant to, Currency currency)
      throws SQLException {
    Map<Long, List<ServerUsage>> usage = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT s.organisation_id, s.id, s.hostname, ?, p.name, count(*), sum(u.amount)"
                + " FROM servers s JOIN usage_charges u ON u.server_id = s.id"
                + " JOIN plans p ON p.id = s.plan_id WHERE s.organisation_id = ANY (?)"
                + " AND u.period_start >= ? AND u.period_start < ?"
                + " GROUP BY s.organisation_id, s.id, s.hostname, p.name"
                + " UNION ALL"
                + " SELECT s.organisation_id, s.id, s.hostname, ?, NULL, count(*), sum(c.amount)"
                + " FROM servers s JOIN server_snapshots n ON n.server_id = s.id"
                + " JOIN snapshot_charges c ON c.snapshot_id = n.id"
                + " WHERE s.organisation_id = ANY (?)"
                + " AND c.period_start >= ? AND c.period_start < ?"
                + " GROUP BY s.organisation_id, s.id, s.hostname"
                + " UNION ALL"
                + " SELECT s.organisation_id, s.id, s.hostname, ?, v.name, count(*), sum(c.amount)"
                + " FROM servers s JOIN volumes v ON v.server_id = s.id"
                + " JOIN volume_charges c ON c.volume_id = v.id"
                + " WHERE s.organisation_id = ANY (?)"
                + " AND c.period_start >= ? AND c.period_start < ?"
                + " GROUP BY s.organisation_id, s.id, s.hostname, v.id, v.name"
                + " UNION ALL"
                + " SELECT s.organisation_id, s.id, s.hostname, ?, a.address, count(*),"
                + " sum(c.amount) FROM servers s JOIN extra_addresses a ON a.server_id = s.id"
                + " JOIN address_charges c ON c.address_id = a.id"
                + " WHERE s.organisation_id = ANY (?)"
                + " AND c.period_start >= ? AND c.period_start < ?"
                + " GROUP BY s.organisation_id, s.id, s.hostname, a.id, a.address")) {
      int parameter = 1;
      for (LedgerWording line :
          List.of(
              LedgerWording.SERVER_LINE,
              LedgerWording.SNAPSHOTS_LINE,
              LedgerWording.VOLUME_LINE,
              LedgerWording.ADDRESS_LINE)) {
        select.setString(parameter++, line.name());
        select.setArray(parameter++, ids);
        select.setTimestamp(parameter++, Timestamp.from(from));
        select.setTimestamp(parameter++, Timestamp.from(to));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          usage
              .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
              .add(
                  new ServerUsage(
                      rows.getLong(2),
                      rows.getString(3),
                      LedgerWording.valueOf(rows.getString(4)),
                      rows.getString(5),
                      rows.getInt(6),
                      new Money(rows.getBigDecimal(7), currency)));
        }
      }
    }
    return usage;
  }

  /** The month's transfer above the pool, charged when the month ended: a line of its own. */
  private static Map<Long, List<ProposedInvoice.Line>> overages(
      Connection connection, Array ids, LocalDate periodStart, Currency currency)
      throws SQLException {
    Map<Long, List<ProposedInvoice.Line>> charges = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT organisation_id, over_gb, amount FROM transfer_overages"
                + " WHERE organisation_id = ANY (?) AND month = ?")) {
      select.setArray(1, ids);
      select.setObject(2, periodStart);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          charges
              .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
              .add(
                  new ProposedInvoice.Line(
                      null,
                      LedgerWording.TRANSFER_LINE.with(
                          rows.getBigDecimal(2).stripTrailingZeros().toPlainString()),
                      0,
                      new Money(rows.getBigDecimal(3), currency)));
        }
      }
    }
    return charges;
  }

  /**
   * Top-ups and staff credits booked in the period; reversals stay in the ledger and the
   * transaction statement.
   */
  private static Map<Long, List<ProposedInvoice.Payment>> topUps(
      Connection connection, Array ids, Instant from, Instant to, ZoneId zone, Currency currency)
      throws SQLException {
    Map<Long, List<ProposedInvoice.Payment>> payments = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT w.organisation_id, e.created_at, e.description, e.amount, e.wording,"
                + " e.wording_values"
                + " FROM wallets w JOIN ledger_entries e ON e.wallet_id = w.id"
                + " WHERE w.organisation_id = ANY (?) AND e.type IN ('TOP_UP', 'CREDIT')"
                + " AND e.created_at >= ? AND e.created_at < ? ORDER BY e.created_at, e.id")) {
      select.setArray(1, ids);
      select.setTimestamp(2, Timestamp.from(from));
      select.setTimestamp(3, Timestamp.from(to));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          payments
              .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
              .add(
                  new ProposedInvoice.Payment(
                      rows.getTimestamp(2).toInstant().atZone(zone).toLocalDate(),
                      LedgerText.stored(rows.getString(3), rows.getString(5), rows.getString(6)),
                      new Money(rows.getBigDecimal(4), currency)));
        }
      }
    }
    return payments;
  }

  private static Map<Long, OrganisationOwner> owners(Connection connection, Array ids)
      throws SQLException {
    Map<Long, OrganisationOwner> owners = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT m.organisation_id, u.email, u.display_name, o.name FROM organisation_members m"
                + " JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id"
                + " WHERE m.organisation_id = ANY (?) AND m.role = 'OWNER'")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          owners.put(
              rows.getLong(1),
              new OrganisationOwner(rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
    }
    return owners;
  }
}
