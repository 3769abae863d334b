package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.subscriptions.application.UnpaidRenewals;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The invoices and credit notes of the customer's active organisation; its transactions are {@link
 * LedgerBacking}'s.
 */
@Named
@RequestScoped
public class InvoicesBacking {

  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject ApplicationClock clock;
  @EJB UnpaidRenewals unpaidRenewals;

  public List<InvoiceSummary> getInvoices() {
    return user.may("billing:view") ? invoicing.invoicesOf(user.organisationId()) : List.of();
  }

  /** Whether the customer may pay the invoice now: open and due, or written by staff. */
  public boolean mayPay(InvoiceSummary invoice) {
    return user.may("billing:manage")
        && invoice.payableOn(LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone()));
  }

  /** Pays an open invoice from the wallet. */
  public void pay(InvoiceSummary invoice) {
    FacesActions.attempt(
        () -> unpaidRenewals.payInvoice(user.organisationId(), invoice.id()),
        texts.format("portal.invoices.paid", invoice.number()));
  }

  public List<CreditNoteSummary> getCreditNotes() {
    return user.may("billing:view") ? creditNotes.of(user.organisationId()) : List.of();
  }
}
