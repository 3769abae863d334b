package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.CreditNote;
import io.brandcloud.billing.domain.CreditNoteOfInvoice;
import io.brandcloud.billing.domain.CreditNoteRepository;
import io.brandcloud.billing.domain.CreditedInvoice;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.NewCreditNote;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class JpaCreditNoteRepository implements CreditNoteRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CreditedInvoice> lockInvoice(long organisationId, long invoiceId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT number, currency, subtotal, tax_total, status FROM invoices"
                    + " WHERE id = ?1 AND organisation_id = ?2 FOR UPDATE")
            .setParameter(1, invoiceId)
            .setParameter(2, organisationId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] invoice = (Object[]) rows.get(0);
    Currency currency = Currency.getInstance(((String) invoice[1]).strip());
    Object[] credited =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(sum(subtotal), 0), COALESCE(sum(tax_total), 0) FROM credit_notes"
                        + " WHERE invoice_id = ?1")
                .setParameter(1, invoiceId)
                .getSingleResult();
    return Optional.of(
        new CreditedInvoice(
            (String) invoice[0],
            InvoiceStatus.valueOf((String) invoice[4]),
            currency,
            (BigDecimal) invoice[2],
            (BigDecimal) invoice[3],
            (BigDecimal) credited[0],
            (BigDecimal) credited[1]));
  }

  @Override
  public String reserveNumber(int year) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> DocumentNumbers.CREDIT_NOTE.reserve(connection, year, 1).get(0));
  }

  @Override
  public Optional<Long> add(NewCreditNote note) {
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO credit_notes (number, invoice_id, organisation_id, reason,"
                    + " currency, subtotal, tax_total, total, request_reference, issued_by,"
                    + " issued_at, seller) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                    + " ON CONFLICT (request_reference) DO NOTHING RETURNING id")
            .setParameter(1, note.number())
            .setParameter(2, note.invoiceId())
            .setParameter(3, note.organisationId())
            .setParameter(4, note.reason())
            .setParameter(5, note.currency().getCurrencyCode())
            .setParameter(6, note.subtotal())
            .setParameter(7, note.taxTotal())
            .setParameter(8, note.total())
            .setParameter(9, note.requestReference())
            .setParameter(10, note.issuedBy())
            .setParameter(11, Timestamp.from(note.issuedAt()))
            .setParameter(12, note.seller())
            .getResultList();
    return inserted.stream().findFirst().map(id -> SqlValues.toLong(id));
  }

  @Override
  public Optional<CreditNote> find(long creditNoteId) {
    return Optional.ofNullable(em.find(CreditNote.class, creditNoteId));
  }

  @Override
  public List<CreditNoteOfInvoice> ofOrganisation(long organisationId) {
    return newestFirst(organisationId).getResultList().stream()
        .map(JpaCreditNoteRepository::noteOfInvoice)
        .toList();
  }

  @Override
  public Page<CreditNoteOfInvoice> ofOrganisation(long organisationId, PageRequest page) {
    return QueryPages.of(
            newestFirst(organisationId),
            em.createQuery(
                    "select count(c) from CreditNote c where c.organisationId = :organisation",
                    Long.class)
                .setParameter("organisation", organisationId),
            page)
        .map(JpaCreditNoteRepository::noteOfInvoice);
  }

  private TypedQuery<Object[]> newestFirst(long organisationId) {
    return em.createQuery(
            "select c, i.number from CreditNote c, Invoice i where i.id = c.invoiceId"
                + " and c.organisationId = :organisation order by c.issuedAt desc, c.id desc",
            Object[].class)
        .setParameter("organisation", organisationId);
  }

  private static CreditNoteOfInvoice noteOfInvoice(Object[] row) {
    return new CreditNoteOfInvoice((CreditNote) row[0], (String) row[1]);
  }
}
