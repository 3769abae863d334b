package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reseller staff's view of customers, i.e. organisations (a customer's personal one or a team),
 * with their owners and wallets.
 */
@Path("/v1/admin/customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCustomersResource {

  @EJB CustomerDirectory customers;
  @EJB Wallets wallets;
  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @EJB BillingDetails details;
  @Inject BillingPdfs pdfs;
  @Inject TenantApi api;

  /** A customer organisation with its owner and wallet balance; when it was closed, if it was. */
  public record ApiCustomer(
      long id,
      String name,
      boolean personal,
      long ownerId,
      String email,
      ApiMoney balance,
      Instant closedAt) {}

  /** A credit booked by staff; the reference makes a retried request book it once. */
  public record Credit(BigDecimal amount, String reason, String reference) {}

  /**
   * A debit booked by staff; one the balance does not cover needs {@code "overdraw": true} (409
   * {@code overdraw_not_confirmed} otherwise, with the balance before and after).
   */
  public record Debit(BigDecimal amount, String reason, String reference, Boolean overdraw) {}

  /** Why a top-up is taken back. */
  public record Reversal(String reason) {}

  /**
   * Customers by name; {@code q} finds them by their name, a member's name or e-mail, a server's
   * host name (any part) or address (whole); {@code state=closed} lists the closed ones instead.
   */
  @GET
  public ApiPage<ApiCustomer> list(
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("q") String query,
      @QueryParam("state") String state) {
    api.staff();
    return ApiPage.of(
        customers.search(query, closedAsked(state), PageRequest.of(page, limit)), this::customer);
  }

  private static boolean closedAsked(String state) {
    if (state == null || state.equals("open")) {
      return false;
    }
    if (state.equals("closed")) {
      return true;
    }
    throw BrandcloudException.invalid("state", "state is open or closed");
  }

  @GET
  @Path("{id}")
  public ApiCustomer get(@PathParam("id") long id) {
    api.staff();
    return customer(customers.get(id));
  }

  private ApiCustomer customer(OrganisationSummary o) {
    return new ApiCustomer(
        o.id(),
        o.name(),
        o.personal(),
        o.ownerId(),
        o.ownerEmail(),
        ApiMoney.of(wallets.balanceOf(o.id())),
        o.closedAt());
  }

  @POST
  @Path("{id}/credits")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBalance credit(@PathParam("id") long id, Credit credit) {
    Credit body = RequestBodies.require(credit);
    return book(id, body.amount(), wallets::credit, body.reason(), body.reference());
  }

  @POST
  @Path("{id}/debits")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBalance debit(@PathParam("id") long id, Debit debit) {
    Debit body = RequestBodies.require(debit);
    boolean overdraw = Boolean.TRUE.equals(body.overdraw());
    return book(
        id,
        body.amount(),
        (organisation, amount, reason, reference, actor) ->
            wallets.debit(organisation, amount, reason, reference, actor, overdraw),
        body.reason(),
        body.reference());
  }

  /** One page of what a customer has (a read of the customer's own list), in its API shape. */
  private <T, R> ApiPage<R> customersPage(
      long id,
      String page,
      String limit,
      BiFunction<Long, PageRequest, Page<T>> read,
      Function<T, R> shape) {
    api.staff();
    PageRequest request = PageRequest.of(page, limit);
    customers.get(id);
    return ApiPage.of(read.apply(id, request), shape);
  }

  /** The shape a credit and a debit share once the request is read. */
  @FunctionalInterface
  interface Booking {
    Money book(
        long organisationId, BigDecimal amount, String reason, String reference, String actor);
  }

  private ApiBalance book(
      long id, BigDecimal amount, Booking booking, String reason, String reference) {
    SessionLogin admin = api.staff();
    if (amount == null) {
      throw BrandcloudException.invalid("amount", "amount is required");
    }
    customers.get(id);
    return new ApiBalance(ApiMoney.of(booking.book(id, amount, reason, reference, admin.name())));
  }

  @POST
  @Path("{id}/transactions/{entry}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBalance reverse(
      @PathParam("id") long id, @PathParam("entry") long entry, Reversal reversal) {
    SessionLogin admin = api.staff();
    Reversal body = RequestBodies.require(reversal);
    customers.get(id);
    return new ApiBalance(
        ApiMoney.of(wallets.reverseTopUp(id, entry, body.reason(), admin.name())));
  }

  @GET
  @Path("{id}/transactions")
  public ApiPage<ApiTransaction> transactions(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return customersPage(id, page, limit, wallets::transactions, BillingResource::transaction);
  }

  @GET
  @Path("{id}/invoices")
  public ApiPage<ApiInvoice> invoices(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return customersPage(id, page, limit, invoicing::invoicesOf, ApiInvoice::of);
  }

  @GET
  @Path("{id}/invoices/{invoice}/pdf")
  @Produces("application/pdf")
  public Response invoicePdf(@PathParam("id") long id, @PathParam("invoice") long invoice) {
    SessionLogin reader = api.staff();
    return pdfs.invoice(invoicing.invoiceOf(id, invoice), reader);
  }

  /** Corrects an invoice: its net amount (part or all) with the tax share, back to the wallet. */
  @POST
  @Path("{id}/invoices/{invoice}/credit-notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response creditInvoice(
      @PathParam("id") long id, @PathParam("invoice") long invoice, Credit credit) {
    SessionLogin admin = api.staff();
    Credit body = RequestBodies.require(credit);
    if (body.amount() == null) {
      throw BrandcloudException.invalid("amount", "amount is required");
    }
    CreditNoteSummary note =
        creditNotes.issue(
            id, invoice, body.amount(), body.reason(), body.reference(), admin.name());
    return Response.status(Response.Status.CREATED).entity(ApiCreditNote.of(note)).build();
  }

  @GET
  @Path("{id}/credit-notes")
  public ApiPage<ApiCreditNote> creditNotes(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return customersPage(id, page, limit, creditNotes::of, ApiCreditNote::of);
  }

  @GET
  @Path("{id}/credit-notes/{note}/pdf")
  @Produces("application/pdf")
  public Response creditNotePdf(@PathParam("id") long id, @PathParam("note") long note) {
    SessionLogin reader = api.staff();
    return pdfs.creditNote(creditNotes.one(id, note), reader);
  }

  @GET
  @Path("{id}/billing-details")
  public ApiBillingDetails billingDetails(@PathParam("id") long id) {
    api.staff();
    return ApiBillingDetails.of(details.read(id), details.taxIdCheck(id));
  }

  /** Staff may also grant or withdraw a tax exemption (the customer needs a tax id). */
  @PUT
  @Path("{id}/billing-details")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBillingDetails changeBillingDetails(@PathParam("id") long id, ApiBillingDetails body) {
    SessionLogin admin = api.staff();
    ApiBillingDetails request = RequestBodies.require(body);
    BillingDetails.Current changed = details.changeByStaff(id, request.change(), admin.name());
    return ApiBillingDetails.of(changed.party(), changed.taxIdCheck());
  }
}
