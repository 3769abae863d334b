package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.Invoice;
import io.brandcloud.billing.domain.InvoiceInput;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.NumberedInvoice;
import io.brandcloud.billing.domain.TermInvoice;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Invoice> find(long invoiceId) {
    return Optional.ofNullable(em.find(Invoice.class, invoiceId));
  }

  @Override
  public List<Invoice> ofOrganisation(long organisationId) {
    return latestFirst(organisationId).getResultList();
  }

  @Override
  public Page<Invoice> ofOrganisation(long organisationId, PageRequest page) {
    return QueryPages.of(
        latestFirst(organisationId),
        em.createQuery(
                "select count(i) from Invoice i where i.organisationId = :organisation"
                    + " and i.status <> io.brandcloud.billing.domain.InvoiceStatus.DRAFT",
                Long.class)
            .setParameter("organisation", organisationId),
        page);
  }

  private TypedQuery<Invoice> latestFirst(long organisationId) {
    return em.createQuery(
            "select i from Invoice i where i.organisationId = :organisation"
                + " and i.status <> io.brandcloud.billing.domain.InvoiceStatus.DRAFT"
                + " order by i.periodStart desc, i.id desc",
            Invoice.class)
        .setParameter("organisation", organisationId);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> toInvoice(Instant from, Instant to, LocalDate periodStart) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT organisation_id FROM (SELECT s.organisation_id FROM servers s WHERE (EXISTS (SELECT 1"
                    + " FROM usage_charges u WHERE u.server_id = s.id AND u.period_start >= ?1"
                    + " AND u.period_start < ?2) OR EXISTS (SELECT 1 FROM server_snapshots n"
                    + " JOIN snapshot_charges c ON c.snapshot_id = n.id WHERE n.server_id = s.id"
                    + " AND c.period_start >= ?1 AND c.period_start < ?2) OR EXISTS (SELECT 1"
                    + " FROM volumes v JOIN volume_charges c ON c.volume_id = v.id"
                    + " WHERE v.server_id = s.id AND c.period_start >= ?1 AND c.period_start < ?2)"
                    + " OR EXISTS (SELECT 1 FROM extra_addresses a"
                    + " JOIN address_charges c ON c.address_id = a.id WHERE a.server_id = s.id"
                    + " AND c.period_start >= ?1 AND c.period_start < ?2))"
                    + " UNION SELECT organisation_id FROM transfer_overages WHERE month = ?3) o"
                    + " WHERE NOT EXISTS (SELECT 1 FROM invoices i WHERE i.kind = 'USAGE'"
                    + " AND i.organisation_id = o.organisation_id AND i.period_start = ?3)"
                    + " ORDER BY 1")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, periodStart)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  @Override
  public List<InvoiceInput> lockAndRead(
      List<Long> organisationIds,
      LocalDate periodStart,
      Instant from,
      Instant to,
      ZoneId zone,
      Currency currency) {
    return session()
        .doReturningWork(
            connection ->
                InvoiceInputs.lockAndRead(
                    connection, organisationIds, periodStart, from, to, zone, currency));
  }

  @Override
  public List<String> reserveNumbers(int year, int count) {
    return session()
        .doReturningWork(connection -> DocumentNumbers.INVOICE.reserve(connection, year, count));
  }

  @Override
  public void store(List<NumberedInvoice> invoices, Instant issuedAt, String seller, String actor) {
    session()
        .doWork(connection -> IssuedInvoices.store(connection, invoices, issuedAt, seller, actor));
  }

  @Override
  public Map<String, Long> storeDocuments(
      List<NumberedInvoice> invoices, Instant issuedAt, String seller) {
    return session()
        .doReturningWork(
            connection -> IssuedInvoices.insertDocuments(connection, invoices, issuedAt, seller));
  }

  @Override
  public Optional<TermInvoice> termInvoiceForUpdate(String sourceReference) {
    return termInvoices("source_reference = ?1 AND status <> 'VOID'", sourceReference).stream()
        .findFirst();
  }

  @Override
  public List<TermInvoice> openOfSubscription(long subscriptionId) {
    return termInvoices("subscription_id = ?1 AND status = 'OPEN'", subscriptionId);
  }

  @Override
  public Optional<TermInvoice> openManualForUpdate(long organisationId, long invoiceId) {
    return termInvoices(
            "id = ?1 AND organisation_id = ?2 AND kind = 'MANUAL' AND status = 'OPEN'",
            invoiceId,
            organisationId)
        .stream()
        .findFirst();
  }

  private List<TermInvoice> termInvoices(String where, Object... values) {
    var query =
        em.createNativeQuery(
            "SELECT id, number, organisation_id, status, subtotal, tax_total, total,"
                + " source_reference FROM invoices WHERE "
                + where
                + " ORDER BY id FOR UPDATE");
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new TermInvoice(
                    SqlValues.toLong(r[0]),
                    (String) r[1],
                    SqlValues.toLong(r[2]),
                    InvoiceStatus.valueOf((String) r[3]),
                    (BigDecimal) r[4],
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    (String) r[7]))
        .toList();
  }

  @Override
  public boolean markPaid(long invoiceId, Instant paidAt) {
    return em.createNativeQuery(
                "UPDATE invoices SET status = 'PAID', paid_at = ?2 WHERE id = ?1 AND status = 'OPEN'")
            .setParameter(1, invoiceId)
            .setParameter(2, Timestamp.from(paidAt))
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean markVoid(long invoiceId) {
    return em.createNativeQuery(
                "UPDATE invoices SET status = 'VOID' WHERE id = ?1 AND status = 'OPEN'")
            .setParameter(1, invoiceId)
            .executeUpdate()
        == 1;
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
