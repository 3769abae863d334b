package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.Invoice;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Monthly invoices of the current tenant's customers. Re-running a month issues nothing new. */
@Stateless
public class Invoicing {

  private static final Logger LOG = Logger.getLogger(Invoicing.class);

  @PersistenceContext EntityManager em;
  @EJB InvoiceIssuer issuer;

  /** Issues the month's invoices that are missing; returns the numbers issued now. */
  public List<String> invoiceMonth(YearMonth month) {
    ZoneId zone = CurrentTenant.require().timeZone();
    List<String> issued = new ArrayList<>();
    for (long organisationId : organisationsToInvoice(month, zone)) {
      issuer.issue(organisationId, month).ifPresent(issued::add);
    }
    LOG.infof("Invoiced %s: %d invoices issued", month, issued.size());
    return issued;
  }

  public List<InvoiceSummary> invoicesOf(long organisationId) {
    return em
        .createQuery(
            "select i from Invoice i where i.organisationId = :organisation order by i.periodStart desc",
            Invoice.class)
        .setParameter("organisation", organisationId)
        .getResultList()
        .stream()
        .map(InvoiceSummary::of)
        .toList();
  }

  /** One of the customer's invoices; another customer's (or another tenant's) id is "not found". */
  public InvoiceSummary invoiceOf(long organisationId, long invoiceId) {
    return Optional.ofNullable(em.find(Invoice.class, invoiceId))
        .filter(i -> i.organisationId() == organisationId)
        .map(InvoiceSummary::of)
        .orElseThrow(() -> BrandcloudException.notFound("Invoice " + invoiceId));
  }

  @SuppressWarnings("unchecked")
  private List<Long> organisationsToInvoice(YearMonth month, ZoneId zone) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT DISTINCT s.organisation_id FROM usage_charges u JOIN servers s ON s.id = u.server_id"
                    + " WHERE u.period_start >= ?1 AND u.period_start < ?2 AND NOT EXISTS (SELECT 1"
                    + " FROM invoices i WHERE i.organisation_id = s.organisation_id AND i.period_start = ?3)"
                    + " ORDER BY 1")
            .setParameter(1, Timestamp.from(InvoiceIssuer.start(month, zone)))
            .setParameter(2, Timestamp.from(InvoiceIssuer.start(month.plusMonths(1), zone)))
            .setParameter(3, month.atDay(1))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
