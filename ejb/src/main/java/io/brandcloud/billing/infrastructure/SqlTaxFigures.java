package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.TaxFigures;
import io.brandcloud.billing.domain.TaxTreatment;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current tenant's issued invoices and credit notes, by the tax they were issued with. */
@ApplicationScoped
public class SqlTaxFigures implements TaxFigures {

  // a voided invoice was issued all the same: the credit note that voided it takes it back
  private static final String SALE =
      "i.status <> 'DRAFT' AND i.issued_at >= ?1 AND i.issued_at < ?2";
  // a compound tax is charged on the net amount and the taxes before it
  private static final String TAXABLE =
      "i.subtotal + CASE WHEN t.compound THEN (SELECT coalesce(sum(b.amount), 0)"
          + " FROM invoice_taxes b WHERE b.invoice_id = t.invoice_id AND b.position < t.position)"
          + " ELSE 0 END";

  @PersistenceContext EntityManager em;

  @Override
  public List<ChargedTax> charged(Instant from, Instant to) {
    return rows(
            "SELECT i.tax_country, t.name, t.rate_percent, sum("
                + TAXABLE
                + "), sum(t.amount), count(DISTINCT i.id) FROM invoices i"
                + " JOIN invoice_taxes t ON t.invoice_id = i.id WHERE "
                + SALE
                + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            from,
            to)
        .stream()
        .map(SqlTaxFigures::chargedTax)
        .toList();
  }

  @Override
  public List<Sales> sales(Instant from, Instant to) {
    return rows(
            "SELECT i.tax_country, i.tax_treatment, sum(i.subtotal), sum(i.tax_total), count(*)"
                + " FROM invoices i WHERE "
                + SALE
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            from,
            to)
        .stream()
        .map(
            r ->
                new Sales(
                    country(r[0]),
                    TaxTreatment.valueOf((String) r[1]),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3],
                    SqlValues.toLong(r[4])))
        .toList();
  }

  @Override
  public List<Credit> credits(Instant from, Instant to) {
    List<Object[]> rows =
        rows(
            "SELECT c.id, i.tax_country, i.tax_treatment, c.subtotal, c.tax_total, i.subtotal,"
                + " t.name, t.rate_percent, "
                + TAXABLE
                + ", t.amount FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id"
                + " LEFT JOIN invoice_taxes t ON t.invoice_id = i.id"
                + " WHERE c.issued_at >= ?1 AND c.issued_at < ?2 ORDER BY c.id, t.position",
            from,
            to);
    Map<Long, List<Object[]>> byNote = new LinkedHashMap<>();
    rows.forEach(
        r -> byNote.computeIfAbsent(SqlValues.toLong(r[0]), id -> new ArrayList<>()).add(r));
    return byNote.values().stream().map(SqlTaxFigures::credit).toList();
  }

  @Override
  public List<Document> documents(Instant from, Instant to) {
    return rows(
            "SELECT number, corrected, issued_at, organisation_id, customer, tax_country,"
                + " tax_treatment, net, tax, total FROM ("
                + "SELECT i.number, NULL AS corrected, i.issued_at, i.organisation_id,"
                + " o.name AS customer, i.tax_country, i.tax_treatment, i.subtotal AS net,"
                + " i.tax_total AS tax, i.total, i.id AS invoice_id, 0 AS note_id"
                + " FROM invoices i JOIN organisations o ON o.id = i.organisation_id WHERE "
                + SALE
                + " UNION ALL SELECT c.number, i.number, c.issued_at, c.organisation_id, o.name,"
                + " i.tax_country, i.tax_treatment, -c.subtotal, -c.tax_total, -c.total, i.id, c.id"
                + " FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id"
                + " JOIN organisations o ON o.id = c.organisation_id"
                + " WHERE c.issued_at >= ?1 AND c.issued_at < ?2"
                + ") d ORDER BY issued_at, invoice_id, note_id",
            from,
            to)
        .stream()
        .map(
            r ->
                new Document(
                    (String) r[0],
                    (String) r[1],
                    SqlValues.instant(r[2]),
                    SqlValues.toLong(r[3]),
                    (String) r[4],
                    country(r[5]),
                    TaxTreatment.valueOf((String) r[6]),
                    (BigDecimal) r[7],
                    (BigDecimal) r[8],
                    (BigDecimal) r[9]))
        .toList();
  }

  private static Credit credit(List<Object[]> rows) {
    Object[] first = rows.get(0);
    List<ChargedTax> taxes =
        rows.stream()
            .filter(r -> r[6] != null)
            .map(
                r ->
                    new ChargedTax(
                        country(r[1]),
                        (String) r[6],
                        (BigDecimal) r[7],
                        (BigDecimal) r[8],
                        (BigDecimal) r[9],
                        1))
            .toList();
    return new Credit(
        country(first[1]),
        TaxTreatment.valueOf((String) first[2]),
        (BigDecimal) first[3],
        (BigDecimal) first[4],
        (BigDecimal) first[5],
        taxes);
  }

  private static ChargedTax chargedTax(Object[] r) {
    return new ChargedTax(
        country(r[0]),
        (String) r[1],
        (BigDecimal) r[2],
        (BigDecimal) r[3],
        (BigDecimal) r[4],
        SqlValues.toLong(r[5]));
  }

  /** An invoice issued to a customer who gave no country has none. */
  private static String country(Object value) {
    return value == null ? null : ((String) value).trim();
  }

  private List<Object[]> rows(String sql, Instant from, Instant to) {
    List<?> found =
        em.createNativeQuery(sql)
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    return found.stream().map(Object[].class::cast).toList();
  }
}
