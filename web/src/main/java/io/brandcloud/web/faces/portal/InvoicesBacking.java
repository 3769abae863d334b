package io.brandcloud.web.faces.portal;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.web.faces.shared.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer's invoices and wallet transactions. */
@Named
@RequestScoped
public class InvoicesBacking {

  @EJB Invoicing invoicing;
  @EJB Wallets wallets;
  @Inject CurrentUser user;

  public List<InvoiceSummary> getInvoices() {
    return invoicing.invoicesOf(user.id());
  }

  public List<LedgerLine> getTransactions() {
    return wallets.transactions(user.id());
  }
}
