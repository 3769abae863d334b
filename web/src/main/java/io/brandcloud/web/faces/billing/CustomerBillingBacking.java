package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.BillingDetailsForm;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One customer organisation's invoices and credit notes, with a credit note form, and its billing
 * details including the tax exemption only staff may grant.
 */
@Named
@ViewScoped
public class CustomerBillingBacking implements Serializable {

  @EJB CustomerDirectory customers;
  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @EJB BillingDetails billingDetails;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;
  @Inject TimeFormat times;

  private Long customerId;
  private OrganisationSummary customer;
  private Long invoiceId;
  private BigDecimal amount;
  private String reason;
  // one reference per rendered form: a double submit issues one credit note
  private String reference = UUID.randomUUID().toString();
  private final BillingDetailsForm details = new BillingDetailsForm();

  /** Reads the customer named in the address; an unknown one leaves the page empty with a note. */
  public void load() {
    if (customerId == null || customer != null) {
      return;
    }
    try {
      customer = customers.get(customerId);
      showDetails(billingDetails.of(customerId));
    } catch (BrandcloudException e) {
      FacesActions.error(e);
      customerId = null;
    }
  }

  public OrganisationSummary getCustomer() {
    return customer;
  }

  public List<InvoiceSummary> getInvoices() {
    return customer == null ? List.of() : invoicing.invoicesOf(customerId);
  }

  /** The invoices a credit note may correct: those paid (an open one has nothing to give back). */
  public List<InvoiceSummary> getCreditable() {
    return getInvoices().stream().filter(i -> i.status() == InvoiceStatus.PAID).toList();
  }

  public List<CreditNoteSummary> getCreditNotes() {
    return customer == null ? List.of() : creditNotes.of(customerId);
  }

  /** An invoice in the credit note form's list: its number and net amount, in its currency. */
  public String invoiceLabel(InvoiceSummary invoice) {
    return texts.format(
        "admin.customerBilling.invoiceLabel",
        invoice.number(),
        invoice.subtotal().display(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }

  private void showDetails(BillingParty party) {
    showDetails(new BillingDetails.Current(party, billingDetails.taxIdCheck(customerId)));
  }

  private void showDetails(BillingDetails.Current current) {
    details.show(
        current.party(), TaxIdCheckText.of(texts, times, current.party(), current.taxIdCheck()));
  }

  public BillingDetailsForm getDetails() {
    return details;
  }

  public void credit() {
    if (customer == null) {
      return;
    }
    if (invoiceId == null || amount == null) {
      FacesActions.error(texts.get("admin.customerBilling.chooseInvoiceAndAmount"));
      return;
    }
    String actor = currentLogin.login().orElseThrow().name();
    if (FacesActions.attempt(
        () -> creditNotes.issue(customerId, invoiceId, amount, reason, reference, actor),
        texts.get("admin.customerBilling.issued"))) {
      reference = UUID.randomUUID().toString();
      amount = null;
      reason = null;
    }
  }

  public void saveDetails() {
    if (customer == null) {
      return;
    }
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> showDetails(billingDetails.changeByStaff(customerId, details.change(true), actor)),
        texts.get("admin.customerBilling.saved"));
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
