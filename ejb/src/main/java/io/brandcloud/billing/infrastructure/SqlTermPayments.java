package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.TermPayments;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.shared.UnnestColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

@ApplicationScoped
public class SqlTermPayments implements TermPayments {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, LockedWallet> lockWallets(Collection<Long> organisationIds) {
    return session()
        .doReturningWork(
            connection -> {
              Map<Long, LockedWallet> wallets = new HashMap<>();
              try (PreparedStatement lock =
                  connection.prepareStatement(
                      "SELECT organisation_id, id, balance FROM wallets"
                          + " WHERE organisation_id = ANY (?) ORDER BY id FOR UPDATE")) {
                lock.setArray(1, connection.createArrayOf("bigint", organisationIds.toArray()));
                try (ResultSet rows = lock.executeQuery()) {
                  while (rows.next()) {
                    wallets.put(
                        rows.getLong(1), new LockedWallet(rows.getLong(2), rows.getBigDecimal(3)));
                  }
                }
              }
              return wallets;
            });
  }

  @Override
  public Map<Long, BillingParty> parties(Collection<Long> organisationIds) {
    return session()
        .doReturningWork(
            connection -> {
              Map<Long, BillingParty> parties = new HashMap<>();
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, name, billing_address, country, region, tax_id, tax_exempt,"
                          + " tax_id_status"
                          + " FROM organisations WHERE id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("bigint", organisationIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    String country = rows.getString(4);
                    parties.put(
                        rows.getLong(1),
                        new BillingParty(
                            rows.getString(2),
                            rows.getString(3),
                            country == null ? null : country.strip(),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getBoolean(7),
                            TaxIdStatus.of(rows.getString(8))));
                  }
                }
              }
              return parties;
            });
  }

  @Override
  public Set<String> book(List<Booking> bookings, String actor, java.time.Instant at) {
    if (bookings.isEmpty()) {
      return Set.of();
    }
    return session()
        .doReturningWork(
            connection -> {
              UnnestColumns columns = new UnnestColumns(connection);
              for (Booking booking : bookings) {
                columns
                    .add("bigint", booking.walletId())
                    .add("varchar", booking.type())
                    .add("numeric", booking.amount())
                    .add("varchar", booking.reference())
                    .add("varchar", booking.text().english())
                    .add("varchar", booking.text().wordingName())
                    .add("varchar", booking.text().valuesJson())
                    .endRow();
              }
              Set<String> booked = new HashSet<>();
              try (PreparedStatement book =
                  connection.prepareStatement(
                      "WITH rows (wallet_id, type, amount, reference, what, wording, wording_values) AS"
                          + " (SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?)),"
                          + " booked AS (INSERT INTO ledger_entries (wallet_id, type, amount,"
                          + " reference, description, wording, wording_values, created_by, created_at)"
                          + " SELECT wallet_id, type, amount, reference, what, wording,"
                          + " wording_values, ?, ? FROM rows"
                          + " ON CONFLICT (reference) DO NOTHING"
                          + " RETURNING wallet_id, amount, reference),"
                          + " moved AS (UPDATE wallets w SET balance = w.balance + t.total"
                          + " FROM (SELECT wallet_id, sum(amount) AS total FROM booked"
                          + " GROUP BY wallet_id) t WHERE w.id = t.wallet_id)"
                          + " SELECT reference FROM booked")) {
                int next = columns.bind(book, 1);
                book.setString(next, actor);
                book.setTimestamp(next + 1, Timestamp.from(at));
                try (ResultSet rows = book.executeQuery()) {
                  while (rows.next()) {
                    booked.add(rows.getString(1));
                  }
                }
              }
              return booked;
            });
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
