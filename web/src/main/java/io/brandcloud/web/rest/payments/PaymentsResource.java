package io.brandcloud.web.rest.payments;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.payments.application.AutoTopUps;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.application.ReceiptPdf;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;

/**
 * The caller's organisation pays: the tenant's payment methods, top-ups (answered with the
 * gateway's page to pay at), their state, receipts, and the automatic top-up on a saved card.
 */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  static final String PAYMENT_PAGE = "/portal/payment.xhtml";

  @EJB TopUps topUps;
  @EJB PaymentHistory history;
  @EJB AutoTopUps autoTopUps;
  @EJB SellerProfile seller;
  @Inject TenantApi api;
  @Inject DocumentReaders readers;

  /** A way to pay: the gateway, the bounds, suggested amounts, whether it can keep a card. */
  public record ApiPaymentMethod(
      String gateway,
      String name,
      ApiMoney minAmount,
      ApiMoney maxAmount,
      List<ApiMoney> presets,
      boolean savesCards) {

    static ApiPaymentMethod of(GatewaySettings g, java.util.Currency currency) {
      return new ApiPaymentMethod(
          g.kind().wireName(),
          g.kind().displayName(),
          ApiMoney.of(new Money(g.minAmount(), currency)),
          ApiMoney.of(new Money(g.maxAmount(), currency)),
          g.presets().stream().map(p -> ApiMoney.of(new Money(p, currency))).toList(),
          g.kind().savesCards());
    }
  }

  /** A top-up to start: the gateway, the amount in the tenant's currency, keep the card or not. */
  public record TopUp(String gateway, BigDecimal amount, Boolean saveCard) {}

  /** The standing order: below {@code threshold}, charge {@code amount} to the saved card. */
  public record ApiAutoTopUp(
      String card,
      ApiMoney threshold,
      ApiMoney amount,
      boolean enabled,
      java.time.Instant lastAttemptAt,
      String lastFailure) {

    static ApiAutoTopUp of(AutoTopUp order, java.util.Currency currency) {
      return new ApiAutoTopUp(
          order.card().label(),
          ApiMoney.of(new Money(order.threshold(), currency)),
          ApiMoney.of(new Money(order.amount(), currency)),
          order.enabled(),
          order.lastAttemptAt(),
          order.lastFailure());
    }
  }

  /** What a customer sets of the standing order. */
  public record AutoTopUpChange(BigDecimal threshold, BigDecimal amount, Boolean enabled) {}

  @GET
  @Path("payment-methods")
  public List<ApiPaymentMethod> methods() {
    long organisation = actingIn().organisationId();
    return history.methods(organisation).stream()
        .map(g -> ApiPaymentMethod.of(g, api.tenant().currency()))
        .toList();
  }

  /** Starts a top-up: 201 with the payment, whose {@code checkoutUrl} the customer pays at. */
  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(TopUp body) {
    long organisation = actingIn().organisationId();
    TopUp request = RequestBodies.require(body);
    if (request.gateway() == null) {
      throw BrandcloudException.invalid("gateway", "gateway is test, stripe or paypal");
    }
    String portal = api.portalBase();
    Payment payment =
        topUps.start(
            organisation,
            GatewayKind.parse(request.gateway()),
            request.amount(),
            Boolean.TRUE.equals(request.saveCard()),
            new TopUps.ReturnPages(portal + PAYMENT_PAGE, portal));
    return Response.status(Response.Status.CREATED).entity(ApiPayment.of(payment)).build();
  }

  @GET
  @Path("payments")
  public ApiPage<ApiPayment> payments(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    return ApiPage.of(
        history.of(actingIn().organisationId(), PageRequest.of(page, limit)), ApiPayment::of);
  }

  @GET
  @Path("payments/{id}")
  public ApiPayment payment(@PathParam("id") long id) {
    PaymentHistory.PaymentDetail detail = history.one(actingIn().organisationId(), id);
    return ApiPayment.of(detail.payment(), detail.refunds());
  }

  /**
   * Asks the gateway now what became of an open payment (what the return page does); a payment that
   * is not open answers as it is.
   */
  @POST
  @Path("payments/{id}/confirm")
  public ApiPayment confirm(@PathParam("id") long id) {
    return ApiPayment.of(topUps.confirm(actingIn().organisationId(), id));
  }

  @GET
  @Path("payments/{id}/receipt.pdf")
  @Produces("application/pdf")
  public Response receipt(@PathParam("id") long id) {
    TenantApi.OrganisationCaller customer = actingIn();
    Payment payment = history.one(customer.organisationId(), id).payment();
    if (payment.status() != PaymentStatus.SUCCEEDED) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Only a completed payment has a receipt");
    }
    TenantContext tenant = api.tenant();
    byte[] pdf =
        ReceiptPdf.render(
            payment,
            tenant.brand(),
            seller.current(),
            tenant.name(),
            customer.membership().organisationName(),
            readers.textsFor(customer.login()));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"receipt-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("auto-top-up")
  public ApiAutoTopUp autoTopUp() {
    long organisation = actingIn().organisationId();
    AutoTopUp order =
        autoTopUps.of(organisation).orElseThrow(() -> BrandcloudException.notFound("A saved card"));
    return ApiAutoTopUp.of(order, api.tenant().currency());
  }

  @PUT
  @Path("auto-top-up")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiAutoTopUp setAutoTopUp(AutoTopUpChange body) {
    long organisation = actingIn().organisationId();
    AutoTopUpChange change = RequestBodies.require(body);
    if (change.enabled() == null) {
      throw BrandcloudException.invalid("enabled", "enabled is true or false");
    }
    return ApiAutoTopUp.of(
        autoTopUps.configure(organisation, change.threshold(), change.amount(), change.enabled()),
        api.tenant().currency());
  }

  /** Forgets the saved card and the standing order. */
  @DELETE
  @Path("auto-top-up")
  public Response forgetCard() {
    autoTopUps.forget(actingIn().organisationId());
    return Response.noContent().build();
  }

  /** The organisation the caller acts in; the service decides what their role there allows. */
  private TenantApi.OrganisationCaller actingIn() {
    return api.activeOrganisation();
  }
}
