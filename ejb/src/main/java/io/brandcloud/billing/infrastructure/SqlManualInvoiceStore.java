package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.ManualInvoiceStore;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TaxLine;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SqlManualInvoiceStore implements ManualInvoiceStore {

  @PersistenceContext EntityManager em;

  @Override
  public long addDraft(
      long organisationId, Currency currency, List<Line> lines, LocalDate dueOn, Instant now) {
    BigDecimal subtotal = sum(lines);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    long id =
        SqlValues.toLong(
            em.createNativeQuery(
                    "INSERT INTO invoices (organisation_id, period_start, period_end, currency,"
                        + " subtotal, tax_total, total, issued_at, kind, status, due_on)"
                        + " VALUES (?1, ?2, ?2, ?3, ?4, 0, ?4, ?5, 'MANUAL', 'DRAFT', ?6)"
                        + " RETURNING id")
                .setParameter(1, organisationId)
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, currency.getCurrencyCode())
                .setParameter(4, subtotal)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, Date.valueOf(dueOn))
                .getSingleResult());
    insertLines(id, lines);
    return id;
  }

  @Override
  public List<Draft> draftsOf(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM invoices WHERE organisation_id = ?1 AND status = 'DRAFT'"
                    + " ORDER BY id DESC")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .map(r -> draft(organisationId, SqlValues.toLong(r), false).orElseThrow())
        .toList();
  }

  @Override
  public Optional<Draft> draftForUpdate(long organisationId, long invoiceId) {
    return draft(organisationId, invoiceId, true);
  }

  @SuppressWarnings("unchecked")
  private Optional<Draft> draft(long organisationId, long invoiceId, boolean lock) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, due_on, period_start FROM invoices WHERE id = ?1 AND organisation_id = ?2"
                    + " AND status = 'DRAFT'"
                    + (lock ? " FOR UPDATE" : ""))
            .setParameter(1, invoiceId)
            .setParameter(2, organisationId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> lines =
        em.createNativeQuery(
                "SELECT description, amount FROM invoice_lines WHERE invoice_id = ?1"
                    + " ORDER BY position")
            .setParameter(1, invoiceId)
            .getResultList();
    return Optional.of(
        new Draft(
            invoiceId,
            organisationId,
            lines.stream().map(l -> new Line((String) l[0], (BigDecimal) l[1])).toList(),
            ((Date) rows.get(0)[2]).toLocalDate(),
            ((Date) rows.get(0)[1]).toLocalDate()));
  }

  @Override
  public void replaceDraft(long invoiceId, List<Line> lines, LocalDate dueOn) {
    em.createNativeQuery("DELETE FROM invoice_lines WHERE invoice_id = ?1")
        .setParameter(1, invoiceId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE invoices SET subtotal = ?2, total = ?2, due_on = ?3 WHERE id = ?1"
                + " AND status = 'DRAFT'")
        .setParameter(1, invoiceId)
        .setParameter(2, sum(lines))
        .setParameter(3, Date.valueOf(dueOn))
        .executeUpdate();
    insertLines(invoiceId, lines);
  }

  @Override
  public void deleteDraft(long invoiceId) {
    em.createNativeQuery("DELETE FROM invoice_lines WHERE invoice_id = ?1")
        .setParameter(1, invoiceId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM invoices WHERE id = ?1 AND status = 'DRAFT'")
        .setParameter(1, invoiceId)
        .executeUpdate();
  }

  @Override
  public void issue(
      long invoiceId,
      String number,
      ProposedInvoice invoice,
      LocalDate dueOn,
      String seller,
      Instant issuedAt) {
    em.createNativeQuery(
            "UPDATE invoices SET number = ?2, status = 'OPEN', subtotal = ?3, tax_total = ?4,"
                + " total = ?5, tax_note = ?6, billed_to = ?7, seller = ?8, issued_at = ?9,"
                + " period_start = ?10, period_end = ?10, due_on = ?11,"
                + " tax_country = CAST(?12 AS char(2)), tax_treatment = ?13"
                + " WHERE id = ?1 AND status = 'DRAFT'")
        .setParameter(1, invoiceId)
        .setParameter(2, number)
        .setParameter(3, invoice.subtotal().roundedToMinorUnit())
        .setParameter(4, invoice.taxTotal().roundedToMinorUnit())
        .setParameter(5, invoice.total().roundedToMinorUnit())
        .setParameter(6, invoice.taxes().note())
        .setParameter(7, invoice.billedTo().printed())
        .setParameter(8, seller)
        .setParameter(9, Timestamp.from(issuedAt))
        .setParameter(10, Date.valueOf(invoice.periodStart()))
        .setParameter(11, Date.valueOf(dueOn))
        .setParameter(12, invoice.billedTo().country())
        .setParameter(13, invoice.taxes().treatment().name())
        .executeUpdate();
    int position = 1;
    for (TaxLine tax : invoice.taxes().lines()) {
      em.createNativeQuery(
              "INSERT INTO invoice_taxes (invoice_id, position, name, rate_percent, compound, amount)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, invoiceId)
          .setParameter(2, position++)
          .setParameter(3, tax.name())
          .setParameter(4, tax.ratePercent())
          .setParameter(5, tax.compound())
          .setParameter(6, tax.amount().roundedToMinorUnit())
          .executeUpdate();
    }
  }

  private void insertLines(long invoiceId, List<Line> lines) {
    int position = 1;
    for (Line line : lines) {
      em.createNativeQuery(
              "INSERT INTO invoice_lines (invoice_id, position, description, hours, amount)"
                  + " VALUES (?1, ?2, ?3, 0, ?4)")
          .setParameter(1, invoiceId)
          .setParameter(2, position++)
          .setParameter(3, line.description())
          .setParameter(4, line.amount())
          .executeUpdate();
    }
  }

  private static BigDecimal sum(List<Line> lines) {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
