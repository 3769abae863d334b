package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.ExportRows;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.tables.CursorRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Export rows over a server-side cursor ({@link CursorRows}); nothing is kept in the persistence
 * context.
 */
@ApplicationScoped
public class SqlExportRows implements ExportRows {

  @PersistenceContext EntityManager em;

  @Override
  public void invoices(Instant from, Instant until, Consumer<InvoiceRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT i.number, i.issued_at, i.due_on, i.status, i.organisation_id, o.name,"
                        + " i.subtotal, i.tax_total, i.total, i.currency, i.paid_at"
                        + " FROM invoices i JOIN organisations o ON o.id = i.organisation_id"
                        + " WHERE i.status <> 'DRAFT' AND i.issued_at >= ?1 AND i.issued_at < ?2"
                        + " ORDER BY i.issued_at, i.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new InvoiceRow(
                      (String) r[0],
                      SqlValues.instant(r[1]),
                      r[2] == null ? null : SqlValues.localDate(r[2]),
                      (String) r[3],
                      SqlValues.toLong(r[4]),
                      (String) r[5],
                      (BigDecimal) r[6],
                      (BigDecimal) r[7],
                      (BigDecimal) r[8],
                      (String) r[9],
                      r[10] == null ? null : SqlValues.instant(r[10]))));
    }
  }

  @Override
  public void ledger(Instant from, Instant until, Long organisationId, Consumer<LedgerRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT e.id, e.created_at, w.organisation_id, o.name, e.type, e.description,"
                        + " e.wording, CAST(e.wording_values AS TEXT), e.amount, w.currency,"
                        + " e.reference FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id"
                        + " JOIN organisations o ON o.id = w.organisation_id"
                        + " WHERE e.created_at >= ?1 AND e.created_at < ?2"
                        + " AND (?3 = 0 OR w.organisation_id = ?3) ORDER BY e.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until))
                .setParameter(3, organisationId == null ? 0L : organisationId))) {
      rows.forEach(
          r ->
              each.accept(
                  new LedgerRow(
                      SqlValues.toLong(r[0]),
                      SqlValues.instant(r[1]),
                      SqlValues.toLong(r[2]),
                      (String) r[3],
                      (String) r[4],
                      LedgerText.stored((String) r[5], (String) r[6], (String) r[7]),
                      (BigDecimal) r[8],
                      (String) r[9],
                      (String) r[10])));
    }
  }

  @Override
  public void creditNotes(Instant from, Instant until, Consumer<CreditNoteRow> each) {
    try (Stream<Object[]> rows =
        CursorRows.of(
            em.createNativeQuery(
                    "SELECT c.number, c.issued_at, i.number, c.organisation_id, o.name, c.reason,"
                        + " c.subtotal, c.tax_total, c.total, c.currency FROM credit_notes c"
                        + " JOIN invoices i ON i.id = c.invoice_id"
                        + " JOIN organisations o ON o.id = c.organisation_id"
                        + " WHERE c.issued_at >= ?1 AND c.issued_at < ?2 ORDER BY c.issued_at, c.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)))) {
      rows.forEach(
          r ->
              each.accept(
                  new CreditNoteRow(
                      (String) r[0],
                      SqlValues.instant(r[1]),
                      (String) r[2],
                      SqlValues.toLong(r[3]),
                      (String) r[4],
                      (String) r[5],
                      (BigDecimal) r[6],
                      (BigDecimal) r[7],
                      (BigDecimal) r[8],
                      (String) r[9])));
    }
  }
}
