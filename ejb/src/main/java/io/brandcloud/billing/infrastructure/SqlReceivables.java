package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.Receivables;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

@ApplicationScoped
public class SqlReceivables implements Receivables {

  @PersistenceContext EntityManager em;

  @Override
  public List<OpenInvoice> openInvoices() {
    return rows(
        "SELECT i.id, i.number, i.organisation_id, o.name, i.due_on, i.issued_at, i.total"
            + " FROM invoices i JOIN organisations o ON o.id = i.organisation_id"
            + " WHERE i.status = 'OPEN'",
        r ->
            new OpenInvoice(
                SqlValues.toLong(r[0]),
                (String) r[1],
                SqlValues.toLong(r[2]),
                (String) r[3],
                SqlValues.localDate(r[4]),
                SqlValues.instant(r[5]),
                (BigDecimal) r[6]));
  }

  @Override
  public List<Debt> debts() {
    return rows(
        "SELECT w.organisation_id, o.name, -w.balance, w.in_debt_since"
            + " FROM wallets w JOIN organisations o ON o.id = w.organisation_id"
            + " WHERE w.balance < 0 ORDER BY w.balance, w.organisation_id",
        r ->
            new Debt(
                SqlValues.toLong(r[0]),
                (String) r[1],
                (BigDecimal) r[2],
                r[3] == null ? null : SqlValues.instant(r[3])));
  }

  @Override
  public List<OpenDispute> openDisputes() {
    return rows(
        "SELECT d.id, d.payment_id, p.organisation_id, o.name, d.amount, d.opened_at"
            + " FROM payment_disputes d JOIN payments p ON p.id = d.payment_id"
            + " JOIN organisations o ON o.id = p.organisation_id"
            + " WHERE d.status = 'OPEN' ORDER BY d.opened_at, d.id",
        r ->
            new OpenDispute(
                SqlValues.toLong(r[0]),
                SqlValues.toLong(r[1]),
                SqlValues.toLong(r[2]),
                (String) r[3],
                (BigDecimal) r[4],
                SqlValues.instant(r[5])));
  }

  private <T> List<T> rows(String sql, Function<Object[], T> row) {
    return ((List<?>) em.createNativeQuery(sql).getResultList())
        .stream().map(Object[].class::cast).map(row).toList();
  }
}
