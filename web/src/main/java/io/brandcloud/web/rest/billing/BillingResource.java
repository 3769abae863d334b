package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.LedgerPdf;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.subscriptions.application.UnpaidRenewals;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The balance, ledger and invoices of the caller's organisation. */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

  @EJB Wallets wallets;
  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @EJB BillingDetails billingDetails;
  @EJB UnpaidRenewals unpaidRenewals;
  @Inject BillingPdfs pdfs;
  @Inject TenantApi api;
  @Inject DocumentReaders readers;
  @Inject ApplicationClock clock;

  @GET
  @Path("balance")
  public ApiBalance balance() {
    return new ApiBalance(ApiMoney.of(wallets.balance(actingIn().organisationId())));
  }

  @GET
  @Path("transactions")
  public ApiPage<ApiTransaction> transactions(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation = actingIn().organisationId();
    return ApiPage.of(
        wallets.transactions(organisation, PageRequest.of(page, limit)),
        BillingResource::transaction);
  }

  @GET
  @Path("transactions/{id}")
  public ApiTransactionDetail transaction(@PathParam("id") long id) {
    LedgerLine line = wallets.transaction(actingIn().organisationId(), id);
    return new ApiTransactionDetail(
        line.id(),
        line.type(),
        ApiMoney.of(line.amount()),
        line.description(),
        line.createdBy(),
        line.createdAt(),
        ApiUsage.of(line));
  }

  /** The ledger as a PDF statement in the tenant's brand. */
  @GET
  @Path("transactions.pdf")
  @Produces("application/pdf")
  public Response transactionsPdf() {
    TenantApi.OrganisationCaller reader = actingIn();
    long organisation = reader.organisationId();
    byte[] pdf =
        LedgerPdf.render(
            wallets.transactions(organisation),
            api.tenant().brand(),
            reader.membership().organisationName(),
            wallets.balanceOf(organisation),
            clock.now(),
            readers.textsFor(reader.login()));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"transactions.pdf\"")
        .build();
  }

  /** The ledger as CSV for spreadsheets: one row per transaction, amounts as plain decimals. */
  @GET
  @Path("transactions.csv")
  @Produces("text/csv")
  public Response transactionsCsv() {
    StringBuilder csv = new StringBuilder("id,date,type,amount,currency,description\n");
    for (LedgerLine line : wallets.transactions(actingIn().organisationId())) {
      csv.append(line.id())
          .append(',')
          .append(line.createdAt())
          .append(',')
          .append(line.type())
          .append(',')
          .append(ApiMoney.of(line.amount()).amount())
          .append(',')
          .append(line.amount().currency().getCurrencyCode())
          .append(',')
          .append(csvField(line.description()))
          .append('\n');
    }
    return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"transactions.csv\"")
        .build();
  }

  /**
   * Quotes a field (RFC 4180) and defuses spreadsheet formulas a customer-visible reason could
   * carry.
   */
  static String csvField(String value) {
    boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    String safe = formula ? "'" + value : value;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  @GET
  @Path("invoices")
  public ApiPage<ApiInvoice> invoices(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation = actingIn().organisationId();
    return ApiPage.of(
        invoicing.invoicesOf(organisation, PageRequest.of(page, limit)), ApiInvoice::of);
  }

  @GET
  @Path("invoices/{id}")
  public ApiInvoice invoice(@PathParam("id") long id) {
    return ApiInvoice.of(invoicing.invoiceOf(actingIn().organisationId(), id));
  }

  /**
   * Pays an open invoice from the wallet: a subscription's renewal (which resumes it) or one staff
   * wrote; 402 when the wallet does not cover it, 404 for one that is not open.
   */
  @POST
  @Path("invoices/{id}/payment")
  public ApiInvoice pay(@PathParam("id") long id) {
    return ApiInvoice.of(unpaidRenewals.payInvoice(actingIn().organisationId(), id));
  }

  @GET
  @Path("invoices/{id}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    TenantApi.OrganisationCaller customer = actingIn();
    return pdfs.invoice(invoicing.invoiceOf(customer.organisationId(), id), customer.login());
  }

  @GET
  @Path("credit-notes")
  public ApiPage<ApiCreditNote> creditNotes(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation = actingIn().organisationId();
    return ApiPage.of(creditNotes.of(organisation, PageRequest.of(page, limit)), ApiCreditNote::of);
  }

  @GET
  @Path("credit-notes/{id}")
  public ApiCreditNote creditNote(@PathParam("id") long id) {
    return ApiCreditNote.of(creditNotes.one(actingIn().organisationId(), id));
  }

  @GET
  @Path("credit-notes/{id}/pdf")
  @Produces("application/pdf")
  public Response creditNotePdf(@PathParam("id") long id) {
    TenantApi.OrganisationCaller customer = actingIn();
    return pdfs.creditNote(creditNotes.one(customer.organisationId(), id), customer.login());
  }

  @GET
  @Path("billing-details")
  public ApiBillingDetails readBillingDetails() {
    long organisationId = actingIn().organisationId();
    return ApiBillingDetails.of(
        billingDetails.read(organisationId), billingDetails.taxIdCheck(organisationId));
  }

  /** The customer's own change: a tax exemption is for staff to grant, so it is ignored here. */
  @PUT
  @Path("billing-details")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBillingDetails changeBillingDetails(ApiBillingDetails body) {
    TenantApi.OrganisationCaller owner = api.activeOrganisation();
    ApiBillingDetails request = RequestBodies.require(body);
    BillingDetails.Current changed =
        billingDetails.changeByCustomer(
            owner.organisationId(), request.change(), owner.login().name());
    return ApiBillingDetails.of(changed.party(), changed.taxIdCheck());
  }

  static ApiTransaction transaction(LedgerLine line) {
    return new ApiTransaction(
        line.id(),
        line.type(),
        ApiMoney.of(line.amount()),
        line.description(),
        line.createdAt(),
        ApiUsage.of(line));
  }

  /** The organisation the caller acts in; the service decides what their role there allows. */
  private TenantApi.OrganisationCaller actingIn() {
    return api.activeOrganisation();
  }
}
