package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNotePdf;
import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.InvoicePdf;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.SampleInvoice;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Invoice and credit note PDFs as downloads, for customers and staff alike. */
@ApplicationScoped
public class BillingPdfs {

  @EJB Invoicing invoicing;
  @EJB BillingDetails billingDetails;
  @EJB SellerProfile seller;
  @Inject TenantApi api;
  @Inject DocumentReaders readers;
  @Inject ApplicationClock clock;

  Response invoice(InvoiceSummary invoice, SessionLogin reader) {
    TenantContext tenant = api.tenant();
    String customerName = billingDetails.of(invoice.organisationId()).name();
    byte[] pdf =
        InvoicePdf.render(
            invoice,
            tenant.brand(),
            seller.current(),
            tenant.name(),
            customerName,
            readers.textsFor(reader));
    return attachment(pdf, invoice.number());
  }

  Response creditNote(CreditNoteSummary note, SessionLogin reader) {
    TenantContext tenant = api.tenant();
    InvoiceSummary invoice = invoicing.invoiceOf(note.organisationId(), note.invoiceId());
    String billedTo =
        invoice.billedTo() == null
            ? billingDetails.of(note.organisationId()).name()
            : invoice.billedTo();
    byte[] pdf =
        CreditNotePdf.render(
            note,
            billedTo,
            tenant.brand(),
            seller.current(),
            tenant.name(),
            readers.textsFor(reader));
    return attachment(pdf, note.number());
  }

  /**
   * A made-up invoice in {@code brand}, with the seller's details and note as they stand, shown in
   * the browser rather than saved.
   */
  public Response sample(Brand brand, SessionLogin reader) {
    TenantContext tenant = api.tenant();
    Seller current = seller.current();
    DocumentTexts texts = readers.textsFor(reader);
    InvoiceSummary invoice =
        SampleInvoice.of(texts, tenant.currency(), current, clock.now(), tenant.timeZone());
    byte[] pdf = InvoicePdf.render(invoice, brand, current, tenant.name(), null, texts);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
        .build();
  }

  private static Response attachment(byte[] pdf, String name) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
        .build();
  }
}
