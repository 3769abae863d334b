package io.brandcloud.billing.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Monthly invoices of the current tenant's customers. Re-running a month issues nothing new. */
@Stateless
public class Invoicing {

  private static final Logger LOG = Logger.getLogger(Invoicing.class);

  static final int BATCH = 500;

  @Inject InvoiceRepository invoices;
  @Inject MemberAccess members;
  @EJB InvoiceIssuer issuer;
  @EJB CreditNotes creditNotes;

  /**
   * Issues the month's invoices that are missing, {@value #BATCH} organisations per transaction;
   * returns the numbers issued now. When a batch fails, its organisations are issued one by one, so
   * one bad organisation costs its own invoice only.
   */
  public List<String> invoiceMonth(YearMonth month) {
    ZoneId zone = CurrentTenant.require().timeZone();
    List<Long> organisations = organisationsToInvoice(month, zone);
    List<String> issued = new ArrayList<>();
    int failed = 0;
    for (int from = 0; from < organisations.size(); from += BATCH) {
      List<Long> batch = organisations.subList(from, Math.min(from + BATCH, organisations.size()));
      try {
        issued.addAll(issuer.issue(batch, month));
      } catch (RuntimeException batchFailed) {
        LOG.warnf(batchFailed, "Invoicing %s: a batch failed, issuing it one by one", month);
        for (long organisationId : batch) {
          try {
            issuer.issue(organisationId, month).ifPresent(issued::add);
          } catch (RuntimeException e) {
            failed++;
            LOG.errorf(e, "Invoicing %s: organisation %d failed", month, organisationId);
          }
        }
      }
    }
    LOG.infof("Invoiced %s: %d invoices issued, %d failed", month, issued.size(), failed);
    if (failed > 0) {
      throw new IllegalStateException(
          failed + " organisations could not be invoiced for " + month + "; see the log");
    }
    return issued;
  }

  public List<InvoiceSummary> invoicesOf(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    List<CreditNoteSummary> notes = creditNotes.of(organisationId);
    return invoices.ofOrganisation(organisationId).stream()
        .map(i -> InvoiceSummary.of(i, ofInvoice(notes, i.id())))
        .toList();
  }

  /** A page of the organisation's invoices, latest period first, with what was credited on each. */
  public Page<InvoiceSummary> invoicesOf(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.BILLING_VIEW);
    List<CreditNoteSummary> notes = creditNotes.of(organisationId);
    return invoices
        .ofOrganisation(organisationId, page)
        .map(i -> InvoiceSummary.of(i, ofInvoice(notes, i.id())));
  }

  /** One of the customer's invoices; another customer's (or another tenant's) id is "not found". */
  public InvoiceSummary invoiceOf(long organisationId, long invoiceId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return invoices
        .find(invoiceId)
        .filter(i -> i.organisationId() == organisationId && i.status() != InvoiceStatus.DRAFT)
        .map(i -> InvoiceSummary.of(i, ofInvoice(creditNotes.of(organisationId), i.id())))
        .orElseThrow(() -> BrandcloudException.notFound("Invoice " + invoiceId));
  }

  private static List<CreditNoteSummary> ofInvoice(List<CreditNoteSummary> notes, long invoiceId) {
    return notes.stream().filter(c -> c.invoiceId() == invoiceId).toList();
  }

  private List<Long> organisationsToInvoice(YearMonth month, ZoneId zone) {
    return invoices.toInvoice(
        InvoiceIssuer.start(month, zone),
        InvoiceIssuer.start(month.plusMonths(1), zone),
        month.atDay(1));
  }
}
