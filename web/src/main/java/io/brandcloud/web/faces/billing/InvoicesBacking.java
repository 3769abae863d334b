package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.web.faces.shared.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  public List<InvoiceSummary> getInvoices() {
    return user.may("billing:view") ? invoicing.invoicesOf(user.organisationId()) : List.of();
  }

  public List<CreditNoteSummary> getCreditNotes() {
    return user.may("billing:view") ? creditNotes.of(user.organisationId()) : List.of();
  }
}
