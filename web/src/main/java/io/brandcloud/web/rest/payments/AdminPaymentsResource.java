package io.brandcloud.web.rest.payments;

import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.application.Refunds;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reseller staff's side of payments: the tenant's gateway accounts (admins), every payment, refunds
 * of top-ups to their card (billing staff) and disputes.
 */
@Path("/v1/admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPaymentsResource {

  @EJB GatewaySetup setup;
  @EJB PaymentHistory history;
  @EJB Refunds refunds;
  @Inject TenantApi api;

  /**
   * A gateway account as staff see it: never its secrets, only whether they are set; the webhook
   * address to give the gateway.
   */
  public record ApiGateway(
      String gateway,
      String name,
      boolean enabled,
      boolean live,
      String apiUrl,
      String publicId,
      boolean secretSet,
      boolean webhookSecretSet,
      String webhookId,
      String webhookUrl,
      ApiMoney minAmount,
      ApiMoney maxAmount,
      List<ApiMoney> presets,
      Instant checkedAt,
      String checkError) {

    static ApiGateway of(GatewaySettings g, Currency currency, String portal) {
      return new ApiGateway(
          g.kind().wireName(),
          g.kind().displayName(),
          g.enabled(),
          g.live(),
          g.apiUrl(),
          g.publicId(),
          g.sealedSecret() != null,
          g.sealedWebhookSecret() != null,
          g.webhookId(),
          portal + "/api/v1/webhooks/" + g.kind().wireName(),
          ApiMoney.of(new Money(g.minAmount(), currency)),
          ApiMoney.of(new Money(g.maxAmount(), currency)),
          g.presets().stream().map(p -> ApiMoney.of(new Money(p, currency))).toList(),
          g.checkedAt(),
          g.checkError());
    }
  }

  /** A refund to make: the amount (all that is left when left out) and why. */
  public record RefundRequest(BigDecimal amount, String reason) {}

  /** A dispute of a payment by the customer's bank. */
  public record ApiDispute(
      long id,
      long paymentId,
      long organisationId,
      String disputeId,
      ApiMoney amount,
      String status,
      Instant openedAt,
      Instant closedAt) {

    static ApiDispute of(Dispute d) {
      return new ApiDispute(
          d.id(),
          d.paymentId(),
          d.organisationId(),
          d.disputeId(),
          ApiMoney.of(new Money(d.amount(), Currency.getInstance(d.currency()))),
          d.status().toLowerCase(Locale.ROOT),
          d.openedAt(),
          d.closedAt());
    }
  }

  @GET
  @Path("payment-gateways")
  public List<ApiGateway> gateways() {
    api.staff();
    return setup.all().stream().map(this::view).toList();
  }

  @GET
  @Path("payment-gateways/{gateway}")
  public ApiGateway gateway(@PathParam("gateway") String gateway) {
    api.staff();
    return view(setup.one(GatewayKind.parse(gateway)));
  }

  /** Connects or changes the account; secrets left out stay as they are. */
  @PUT
  @Path("payment-gateways/{gateway}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiGateway configure(@PathParam("gateway") String gateway, GatewayChange body) {
    api.staff();
    GatewayKind kind = GatewayKind.parse(gateway);
    return view(setup.configure(kind, RequestBodies.require(body)));
  }

  /** Asks the gateway whether the stored keys work; the answer is in {@code checkError}. */
  @POST
  @Path("payment-gateways/{gateway}/check")
  public ApiGateway check(@PathParam("gateway") String gateway) {
    api.staff();
    return view(setup.check(GatewayKind.parse(gateway)));
  }

  @GET
  @Path("payments")
  public ApiPage<ApiPayment> payments(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(history.all(PageRequest.of(page, limit)), ApiPayment::of);
  }

  @GET
  @Path("payments/{id}")
  public ApiPayment payment(@PathParam("id") long id) {
    api.staff();
    PaymentHistory.PaymentDetail detail = history.anyOne(id);
    return ApiPayment.of(detail.payment(), detail.refunds());
  }

  /** Asks for a refund to the card (202): the gateway makes it, then the wallet is debited. */
  @POST
  @Path("payments/{id}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(@PathParam("id") long id, RefundRequest body) {
    api.staff();
    RefundRequest request = RequestBodies.require(body);
    Refund refund = refunds.request(id, request.amount(), request.reason());
    return Response.accepted(ApiPayment.ApiRefund.of(refund, api.tenant().currency())).build();
  }

  @GET
  @Path("refunds")
  public ApiPage<ApiPayment.ApiRefund> allRefunds(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    Currency currency = api.tenant().currency();
    return ApiPage.of(
        history.refunds(PageRequest.of(page, limit)), r -> ApiPayment.ApiRefund.of(r, currency));
  }

  /** Disputes, open ones first. */
  @GET
  @Path("disputes")
  public ApiPage<ApiDispute> disputes(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(history.disputes(PageRequest.of(page, limit)), ApiDispute::of);
  }

  private ApiGateway view(GatewaySettings settings) {
    return ApiGateway.of(settings, api.tenant().currency(), api.portalBase());
  }
}
